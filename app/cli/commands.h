#pragma once

#include "cli.h"

namespace pw::cli {

// One function per command, each in its own file (e.g. diffcommand.cpp).
// main.cpp lists them in its command table.

} // namespace pw::cli
