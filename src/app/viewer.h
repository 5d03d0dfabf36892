// The interactive viewer: window, input, scene update, render, panels.
#pragma once

#include <string>
#include <vector>

#include "anatomy/atlas.h"
#include "app/options.h"

namespace dc::app {

int runViewer(const Options& options, const Atlas& atlas, std::vector<std::string> notices);

} // namespace dc::app
