// XPPAUT import (issue 18.7): reads the common subset of an XPPAUT .ode file into a typed model
// (ModelSource, modelsource.h), so a model written for XPPAUT runs in NeuroDyn unchanged.
//
// Understood, with XPP's meaning:
//   x(t+1) = ...            map equation           dx/dt = ... / x' = ...   ODE (a flow)
//   par a=1, b=2 / p a=1 b=2  parameters           init x=1 / x(0)=1        initial values
//   aux v = ...             auxiliary definition   name = ...               fixed quantity (aux)
//   !name = ...             derived constant (aux) number k=2               constant, inlined
//   f(x, y) = ...           user function (fun)    # comment, done, line\   continuation
//   " notes                 a comment
// Expressions: ** and ^ (power), if(c)then(a)else(b), heav, flr, ln, mod(a, b) (as
// a - b floor(a/b), XPP's remainder in [0, b) for b > 0), & and |, and every function our
// language shares with XPP. XPP ignores case, the language does not: every name is lower-cased
// (a note says so when the file had capitals). A name the language reserves gets a trailing
// underscore (a note says so).
//
// Parameters get the language's valid range [-1e6, 1e6] (widened to hold a larger value) and the
// slider range 0 to twice their value (-1 to 1 for a zero), the scale the file's author chose.
//
// Never silent: every line that is not translated (@ options, wiener, table, global, ran,
// delay, the time t, arrays, ...) comes back as a note with its line number and the reason.
// The import succeeds when the model is complete; it throws XppImportError (at the line) when
// no equation could be read or an equation could not be translated.
//
// Engine code (no Qt); a pure function, any thread may call it.
#pragma once

#include "equations/modelsource.h"

#include <string>
#include <string_view>
#include <vector>

namespace nd::eq {

// A line of the .ode file that was not translated, or translated with a change the user
// should know of.
struct XppNote {
    int line = 0;     // 1-based line in the file (the first line of a continued line)
    std::string text; // the line as written (without its line break, cut to 200 bytes)
    // Why: an English template with %1.. (ND_ENGINE_TEXT, translated by the app) and its args.
    const char* reason = "";
    std::vector<std::string> args;
    std::string reasonText() const; // the template filled with args (English)
};

struct XppImport {
    ModelSource source; // validated: compileModel accepts it
    std::vector<XppNote> notes;
};

// The import's error: the model is incomplete or no equation was read. It carries the notes
// gathered until then, which often say why (the line with the equation that used ran(), ...).
class XppImportError : public EquationError {
public:
    XppImportError(const EquationError& error, std::vector<XppNote> notes)
        : EquationError(error), m_notes(std::move(notes))
    {
    }
    const std::vector<XppNote>& notes() const { return m_notes; }

private:
    std::vector<XppNote> m_notes;
};

// Reads an .ode file's text. Throws XppImportError when no complete model could be read.
XppImport importXppText(std::string_view text);

} // namespace nd::eq
