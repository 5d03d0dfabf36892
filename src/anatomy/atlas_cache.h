// AtlasCache: a loaded Atlas saved as one flat binary file, so the next
// start-up reads its meshes straight into memory instead of going through
// Assimp. The file is keyed by a hash of the model file's bytes (and a
// format version) and ends with a checksum of its contents; anything that
// does not match exactly, or does not add up (a short or damaged file, an
// index past its mesh), is a miss, never an error: the
// caller loads the model the slow way and writes the cache again.
// Pure logic: files and bytes, no GL.
//
//   uint64_t key = hashFileContents(path);            // nullopt: unreadable
//   if (auto a = readAtlasCache(cacheFile, *key)) use(*a);
//   else { Atlas a = load(path); writeAtlasCache(a, cacheFile, *key); }
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "anatomy/atlas.h"

namespace dc {

// A hash of the file's bytes; nullopt when it cannot be read.
std::optional<uint64_t> hashFileContents(const std::string& path);

// The cached atlas, or nullopt (no file, another key or version, corrupt).
std::optional<Atlas> readAtlasCache(const std::string& cacheFile, uint64_t key);

// The same, from the bytes before the checksum (the fuzz target's entry).
std::optional<Atlas> parseAtlasCache(std::string_view body, uint64_t key);

// Writes the atlas (to a temporary file, then renamed into place). Returns
// false with a message in `error` when the file cannot be written.
bool writeAtlasCache(const Atlas& atlas, const std::string& cacheFile, uint64_t key, std::string* error = nullptr);

// Deletes all but the `keep` newest cache files in `dir` (one per model
// version seen; they would otherwise pile up across rebuilds).
void pruneAtlasCaches(const std::string& dir, size_t keep = 3);

// Where caches live: $XDG_CACHE_HOME/deepcore, else $HOME/.cache/deepcore;
// empty when neither is set.
std::string defaultCacheDir();

} // namespace dc
