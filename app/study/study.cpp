#include "study/study.h"

#include "model/registry.h"

namespace nd {

std::unique_ptr<Model> Study::createModel() const
{
    auto model = nd::createModel(modelType, settings);
    for (const auto& [name, value] : parameters)
        model->setParameter(name, value);
    return model;
}

Study Study::defaultsFor(const std::string& modelType, const Settings& settings)
{
    Study s;
    s.modelType = modelType;
    const auto model = nd::createModel(modelType, settings);
    s.settings = model->settings();
    for (int i = 0; i < model->parameterCount(); ++i)
        s.parameters[model->parameterSpecs()[static_cast<std::size_t>(i)].name] = model->parameter(i);
    s.initialState = model->defaultInitialState();
    // A new study shows the orbit diagram over the model's first parameter.
    s.analyses.orbitDiagram.emplace();
    if (model->parameterCount() > 0)
        s.analyses.orbitDiagram->parameter = model->parameterSpecs().front().name;
    s.view.phaseY = model->dimension() > 1 ? 1 : 0;
    s.simulation.transient = 0;
    s.simulation.samples = 5000;
    return s;
}

bool Study::operator==(const Study& o) const
{
    return title == o.title && modelType == o.modelType && settings == o.settings &&
           parameters == o.parameters && initialState == o.initialState && simulation == o.simulation &&
           flow == o.flow && analyses == o.analyses && view == o.view;
}

} // namespace nd
