#include "kiosk/pin.h"

#include <cctype>

#include <openssl/evp.h>

namespace dc::kiosk {

std::string sha256Hex(const std::string& data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.data(), data.size(), digest, &len, EVP_sha256(), nullptr);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < len; ++i) {
        out.push_back(hex[digest[i] >> 4]);
        out.push_back(hex[digest[i] & 15]);
    }
    return out;
}

std::string pinHash(const std::string& pin) { return sha256Hex("deepcore-pin:" + pin); }

bool pinMatches(const std::string& pin, const std::string& storedHex) {
    std::string h = pinHash(pin);
    if (h.size() != storedHex.size()) return false;
    unsigned diff = 0;
    for (size_t i = 0; i < h.size(); ++i)
        diff |= static_cast<unsigned>(h[i] ^ std::tolower(static_cast<unsigned char>(storedHex[i])));
    return diff == 0;
}

} // namespace dc::kiosk
