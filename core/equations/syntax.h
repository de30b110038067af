// Typed models (issue 18), private: pieces of the model language shared by the text parser
// (modelsource.cpp) and the expression compiler (program.cpp): the built-in functions, names,
// number spelling and error positions. Pure functions; any thread.
#pragma once

#include "equations/program.h"

#include <string>
#include <string_view>

namespace nd::eq::detail {

struct BuiltinFunction {
    const char* name;
    Op op;
    int arity;
};

// exp, log, ..., atan2, pow, min, max and if (Select); nullptr for any other name.
const BuiltinFunction* findBuiltin(std::string_view name);
// Every built-in function name, comma separated (for error messages).
std::string builtinNames();

bool isNameStart(char c);
bool isNameChar(char c);
// [A-Za-z_][A-Za-z0-9_]*
bool isValidName(std::string_view name);

// Shortest text that reads back to exactly `value` (C locale, "0.5", "1e-07", "-3").
std::string formatNumber(double value);
// Reads a C-locale decimal number that fills all of `text`; false when it does not or when
// the number is out of range.
bool readNumber(std::string_view text, double& value);

// A printable spelling of one byte for messages: 'x', or a hex code for control characters.
std::string describeByte(unsigned char c);

// The location `offset` bytes into an expression that starts at `start` (expressions are one
// line, so only the column moves; a location without a line keeps line 0 and counts columns
// from 1 within the field).
SourceLocation offsetLocation(SourceLocation start, std::size_t offset);

} // namespace nd::eq::detail
