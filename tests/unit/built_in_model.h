// The generated lower_torso.glb, loaded once for all the tests that read it.
#pragma once

#include <catch2/catch.hpp>

#include "anatomy/atlas_loader.h"

namespace dc::test {

inline const Atlas& builtInModel() {
    static Atlas atlas = [] {
        Result<Atlas> r = loadAtlas(DC_MODEL_PATH);
        if (!r) FAIL(r.error().toString());
        return std::move(*r);
    }();
    return atlas;
}

} // namespace dc::test
