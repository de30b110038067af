#include "common/errors.h"

#include <cmath>
#include <sstream>

namespace nd {

namespace {
const std::vector<std::string> kNoArguments;
const std::string kNoPrefix;
} // namespace

InputError::InputError(const char* text, std::vector<std::string> args)
    : InputError(std::make_shared<const Detail>(Detail{text, args, {}}), fillMessage(text, args))
{
}

const std::vector<std::string>& InputError::arguments() const
{
    return m_detail ? m_detail->args : kNoArguments;
}

const std::string& InputError::prefix() const
{
    return m_detail ? m_detail->prefix : kNoPrefix;
}

InputError InputError::prefixed(const std::string& prefix) const
{
    const std::string message = prefix + ": " + what();
    if (!m_detail)
        return InputError(message);
    Detail d = *m_detail;
    d.prefix = prefix + ": " + d.prefix;
    return InputError(std::make_shared<const Detail>(std::move(d)), message);
}

std::string fillMessage(const char* text, const std::vector<std::string>& args)
{
    std::string out;
    for (const char* p = text; *p; ++p) {
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
            const auto k = static_cast<std::size_t>(p[1] - '1');
            if (k < args.size()) {
                out += args[k];
                ++p;
                continue;
            }
        }
        out += *p;
    }
    return out;
}

std::string streamNumber(double value)
{
    std::ostringstream os;
    os << value;
    return os.str();
}

void requireFinite(double value, const std::string& what)
{
    if (!std::isfinite(value))
        throw InputError(ND_ENGINE_TEXT("%1 must be a finite number (got %2)"), {what, streamNumber(value)});
}

} // namespace nd
