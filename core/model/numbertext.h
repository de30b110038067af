// Numbers typed into structural settings (edge lists, coupling matrices, per-unit frequencies):
// rows separated by ';' or new lines, entries by white space or ','. Pure functions; any thread.
#pragma once

#include <string>
#include <vector>

namespace nd {

// Every number of the text, row after row. Throws InputError naming `field` (and the row) for
// an entry that is not a number or is not finite. Empty text gives an empty list.
std::vector<double> parseNumberList(const std::string& text, const std::string& field);
// The non-empty rows of the text, each as its list of numbers (same checks).
std::vector<std::vector<double>> parseNumberRows(const std::string& text, const std::string& field);
// Converts a number read from a row into a node or unit index in [0, count); throws InputError
// naming `field` and `what` for a fraction or a value outside the range.
int indexFromNumber(double value, int count, const std::string& field, const std::string& what);

} // namespace nd
