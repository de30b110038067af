// Error types of the engine. Any thread may throw or catch them.
//
// InputError: the caller asked for something invalid (a NaN parameter, a size mismatch, an
// empty range). Its message is meant for the user and names the offending field.
#pragma once

#include <stdexcept>
#include <string>

namespace nd {

class InputError : public std::invalid_argument {
public:
    explicit InputError(const std::string& message) : std::invalid_argument(message) {}
};

// Throws InputError("<what> must be finite (got ...)") unless value is finite.
void requireFinite(double value, const std::string& what);

} // namespace nd
