// Error types of the engine. Any thread may throw or catch them.
//
// InputError: the caller asked for something invalid (a NaN parameter, a size mismatch, an
// empty range). Its message is meant for the user and names the offending field.
//
// The engine has no Qt, so it cannot translate; a message the GUI shows may instead carry a
// stable id: an English template with %1..%9 placeholders (marked ND_ENGINE_TEXT so the app's
// list of engine texts, app/study/enginemessage.cpp, can be checked against it) and the texts
// that fill them (field paths, names, numbers already formatted). what() is always the English
// text, so the CLI, logs and JSON stay as they were; the app translates the template and fills
// in the same arguments (nd::engineMessage). Plain-text errors stay plain text.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

// Marks an engine message template (a string literal): expands to the literal itself.
#define ND_ENGINE_TEXT(text) text

namespace nd {

class InputError : public std::invalid_argument {
public:
    explicit InputError(const std::string& message) : std::invalid_argument(message) {}
    // A translatable message: `text` (a literal marked ND_ENGINE_TEXT) with %1.. replaced by args.
    InputError(const char* text, std::vector<std::string> args);

    // The template, or nullptr for a plain-text message.
    const char* messageTemplate() const { return m_detail ? m_detail->text : nullptr; }
    // The texts of %1, %2, ... (empty for a plain-text message).
    const std::vector<std::string>& arguments() const;
    // What callers that rethrew the error put in front of the template's text ("analyses.x: ").
    const std::string& prefix() const;

    // The same error behind "<prefix>: " (a field path, not translated); what() reads
    // "<prefix>: <what()>", and the template and arguments carry over.
    InputError prefixed(const std::string& prefix) const;

private:
    struct Detail {
        const char* text = nullptr;
        std::vector<std::string> args;
        std::string prefix;
    };
    InputError(std::shared_ptr<const Detail> detail, const std::string& message)
        : std::invalid_argument(message), m_detail(std::move(detail))
    {
    }
    // Shared so that copying the exception cannot throw.
    std::shared_ptr<const Detail> m_detail;
};

// `text` with every %1..%9 replaced by args[0..8] in one pass (a placeholder without an
// argument stays as it is), the way the app fills the translated template.
std::string fillMessage(const char* text, const std::vector<std::string>& args);

// A number as an ostream writes it by default ("0.5", "nan", "1e+07"): the engine's messages
// spelling of doubles, for the arguments of a translatable message.
std::string streamNumber(double value);

// Throws InputError("<what> must be finite (got ...)") unless value is finite.
void requireFinite(double value, const std::string& what);

} // namespace nd
