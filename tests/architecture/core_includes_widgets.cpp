// Compiled as if it were part of core/tools: no core library may use Qt
// Widgets, not even through the module-qualified include.
#include "tools/engine.h"

#include <QtWidgets/QWidget>
