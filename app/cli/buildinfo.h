// What the build records about itself for the JSON twins' reproducibility fields: the source
// revision (git describe when CMake configured the build; "unknown" outside a git checkout)
// and the build type. Generated from buildinfo.cpp.in at configure time. Any thread.
#pragma once

#include <QJsonObject>
#include <QString>

namespace nd::cli {

QString sourceRevision();
QString buildType();

// {"app_version", "source_revision", "build_type"}: the fields every twin starts its
// provenance with.
QJsonObject buildProvenance();

} // namespace nd::cli
