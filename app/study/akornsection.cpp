#include "study/akornsection.h"

#include "oscillators/akorn.h"
#include "oscillators/akorngrid.h"
#include "study/jsonfields.h"

#include <QCoreApplication>

namespace nd {

namespace {
// The texts of this file, under the translation context "StudyFile".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StudyFile)
};
} // namespace

bool isAkornModel(const Model& model)
{
    return dynamic_cast<const AkornNetwork*>(&model) || dynamic_cast<const AkornGrid*>(&model);
}

QJsonObject akornToJson(const AkornViewSettings& s)
{
    return QJsonObject{{"steps", static_cast<double>(s.steps)}, {"radius", s.radius}};
}

bool akornFromJson(FieldReader& r, const Model& model, AkornViewSettings& s)
{
    if (!isAkornModel(model))
        return r.fail(Text::tr("%1: the model is not an AKOrN network or grid").arg(r.path()));
    return r.integer("steps", 1, 10'000'000, s.steps) && r.integer("radius", 0, 1000, s.radius);
}

} // namespace nd
