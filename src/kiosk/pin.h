// Administrator PIN: only its salted SHA-256 is stored in the config file.
//   pin_sha256 = sha256("deepcore-pin:" + PIN) as 64 lower-case hex digits
//   printf 'deepcore-pin:%s' 1234 | sha256sum
#pragma once

#include <string>

namespace dc::kiosk {

std::string sha256Hex(const std::string& data);
std::string pinHash(const std::string& pin);
// Constant-time comparison of the PIN's hash with the stored one.
bool pinMatches(const std::string& pin, const std::string& storedHex);

} // namespace dc::kiosk
