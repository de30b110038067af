// Study-file texts for the study-file tests: a schema-2 study of a model with an analyses
// section, and the models most rows use. Header-only.
#pragma once

#include <QByteArray>

namespace ndtest {

// A schema-2 study of `model` (a JSON object's text) with the given analyses section text.
inline QByteArray studyJson(const char* model, const char* analyses, const char* extra = "")
{
    return QByteArray(R"({"format":"neurodyn-study","schema_version":2,"model":)") + model +
           R"(,"analyses":)" + analyses + extra + "}";
}
inline constexpr const char* kChialvo = R"({"type":"chialvo"})";
inline constexpr const char* kRing = R"({"type":"ring-star","settings":{"N":"5","R":"1"}})";
inline constexpr const char* kKuramoto = R"({"type":"kuramoto","settings":{"N":"4"}})";
inline constexpr const char* kLogistic = R"({"type":"logistic"})";

} // namespace ndtest
