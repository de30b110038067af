// XPPAUT import, private part: the tokenizer of an .ode line and the translation of XPP's
// expressions into the model language (xppimport.cpp reads the statements around them).
// Pure functions; any thread.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nd::eq::xpp {

bool isAlpha(unsigned char c);
bool isDigit(unsigned char c);
bool isAlnum(unsigned char c);

enum class Tok { Name, Number, Symbol, End };

struct Token {
    Tok kind = Tok::End;
    std::string text;
};

// Why a statement could not be translated: a template (ND_ENGINE_TEXT) and its arguments.
struct Failure {
    const char* reason = "";
    std::vector<std::string> args;
};

// Splits one logical line (comments removed, lower-cased) into tokens ending with Tok::End.
// Numbers in XPP's spellings that the language does not read ("1.", ".5e3") are rewritten.
std::optional<Failure> tokenize(std::string_view s, std::vector<Token>& out);

bool isSym(const std::vector<Token>& t, std::size_t i, std::string_view s);

// The names a statement may use and what they become in our language.
struct Scope {
    std::map<std::string, std::string> names;                     // XPP name -> ours (vars, pars, aux)
    std::map<std::string, std::string> constants;                 // `number` -> its value's text
    std::map<std::string, std::pair<std::string, int>> functions; // -> (our name, arity)
    std::set<std::string> dropped; // defined in the file but not translated (said at its own line)
};

// Translates the expression tokens [begin, end) of one statement. `locals`: a user function's
// arguments (nullptr elsewhere). Returns the failure, or sets `out`.
std::optional<Failure> translateExpression(const Scope& scope, const std::set<std::string>* locals,
                                           const std::vector<Token>& tokens, std::size_t begin,
                                           std::size_t end, std::string& out);

} // namespace nd::eq::xpp
