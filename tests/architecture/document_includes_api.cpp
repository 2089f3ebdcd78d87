// Compiled as if it were part of core/document, which does not depend on
// core/api: this include must not be found.
#include "document/revision.h"

#include "api/apiconfig.h"
