#include "common/errors.h"

#include <cmath>
#include <sstream>

namespace nd {

void requireFinite(double value, const std::string& what)
{
    if (!std::isfinite(value)) {
        std::ostringstream os;
        os << what << " must be a finite number (got " << value << ")";
        throw InputError(os.str());
    }
}

} // namespace nd
