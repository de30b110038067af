// JSON of the study's linked parameters, model.links (see nd::ParameterLink):
//   "links": {"sigma": ["s12", "s21"]}                          every target = sigma
//   "links": {"sigma": {"s12": 1, "s21": {"scale": 2, "offset": 0.1}}}  target = scale * sigma + offset
// Written canonically: the list form when every target has scale 1 and offset 0, else the
// object form with a bare number for a target without offset. Any thread.
#pragma once

#include "model/model.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace nd {

QJsonObject linksToJson(const std::vector<ParameterLink>& links);
// The syntax only (false with a message naming the field); the model checks the names, cycles
// and scales when the links are set on it.
bool linksFromJson(const QJsonValue& json, std::vector<ParameterLink>& links, QString& error);

} // namespace nd
