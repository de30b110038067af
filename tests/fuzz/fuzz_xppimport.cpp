// Fuzz target: the XPPAUT import (core/equations/xppimport) refuses a file without a complete
// model with an EquationError and never crashes, whatever the bytes (deep nesting, NUL bytes,
// non-ASCII, endless continuations, huge lines); what it accepts is a model the language takes
// back: its canonical text parses to the same source, and every note names a line of the file.
#include "equations/modelsource.h"
#include "equations/xppimport.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    try {
        const nd::eq::XppImport imported = nd::eq::importXppText(text);
        for (const nd::eq::XppNote& n : imported.notes)
            if (n.line < 1 || n.line > lines || n.reasonText().empty())
                __builtin_trap();
        if (imported.source.equations.empty() ||
            imported.source.equations.size() != imported.source.variables.size())
            __builtin_trap();
        if (nd::eq::parseModelText(nd::eq::formatModelText(imported.source)) != imported.source)
            __builtin_trap();
    } catch (const nd::eq::XppImportError& e) {
        for (const nd::eq::XppNote& n : e.notes())
            if (n.line < 1 || n.line > lines)
                __builtin_trap();
    } catch (const nd::InputError&) {
    }
    return 0;
}
