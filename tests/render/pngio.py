"""Minimal PNG reading and writing for the render tests (8-bit RGB/RGBA,
non-interlaced: what stb_image_write produces), so the tests need nothing
beyond the Python standard library."""
import struct
import zlib


def read_png(path):
    """Returns (width, height, rows) with rows a list of bytes, RGBA."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG file")
    pos, idat, width, height, colour_type = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            if depth != 8 or colour_type not in (2, 6) or interlace:
                raise ValueError(f"{path}: unsupported PNG format")
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    bpp = 4 if colour_type == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        prev = line
        if bpp == 3:
            rgba = bytearray()
            for x in range(width):
                rgba += line[x * 3:x * 3 + 3] + b"\xff"
            line = rgba
        rows.append(bytes(line))
    return width, height, rows


def write_png(path, width, height, rows):
    raw = b"".join(b"\x00" + r for r in rows)
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 6)))
        f.write(chunk(b"IEND", b""))


def compare(a_path, b_path, diff_path=None, channel_threshold=40):
    """Returns (share of pixels whose max channel difference exceeds the
    threshold, max channel difference). Writes a red-on-grey diff image."""
    aw, ah, arows = read_png(a_path)
    bw, bh, brows = read_png(b_path)
    if (aw, ah) != (bw, bh):
        return 1.0, 255
    bad, worst, diff_rows = 0, 0, []
    for ra, rb in zip(arows, brows):
        out = bytearray()
        for x in range(aw):
            d = max(abs(ra[x * 4 + k] - rb[x * 4 + k]) for k in range(3))
            worst = max(worst, d)
            if d > channel_threshold:
                bad += 1
                out += b"\xff\x00\x00\xff"
            else:
                g = ra[x * 4] // 3
                out += bytes((g, g, g, 255))
        diff_rows.append(bytes(out))
    if diff_path:
        write_png(diff_path, aw, ah, diff_rows)
    return bad / float(aw * ah), worst
