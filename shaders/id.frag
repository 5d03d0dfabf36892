#version 330 core
// Id buffer: the structure index + 1 per pixel (0 = background).
uniform uint uId;
out uint fragId;
void main() { fragId = uId; }
