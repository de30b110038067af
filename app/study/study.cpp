#include "study/study.h"

#include "common/errors.h"
#include "model/registry.h"
#include "oscillators/oscillatorphases.h"

namespace nd {

std::unique_ptr<Model> Study::createModel() const
{
    auto model = nd::createModel(modelType, settings);
    if (!links.empty()) {
        try {
            model->setLinks(links);
        } catch (const InputError& e) {
            throw e.prefixed("model.links");
        }
    }
    for (const auto& [name, value] : parameters)
        if (!model->link(model->parameterIndex(name)))
            model->setParameter(name, value);
    // In dependency order: a link that sets another link comes later and wins.
    for (const auto& l : model->links())
        if (const auto it = parameters.find(l.name); it != parameters.end())
            model->setParameter(l.name, it->second);
    return model;
}

OrbitDiagramSettings orbitDiagramDefaults(const Model& model)
{
    OrbitDiagramSettings s;
    if (model.parameterCount() > 0)
        s.parameter = model.parameterSpecs().front().name;
    // A phase's raw value runs off without bound; the synchrony of the network is what a
    // parameter changes (and what stays in [0, 1]).
    if (!oscillatorPhases(model).empty())
        s.observable = ObservableKind::OrderParameter;
    return s;
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
    s.analyses.orbitDiagram = orbitDiagramDefaults(*model);
    s.view.phaseY = model->dimension() > 1 ? 1 : 0;
    s.simulation.transient = 0;
    s.simulation.samples = 5000;
    return s;
}

bool Study::operator==(const Study& o) const
{
    return title == o.title && modelType == o.modelType && settings == o.settings &&
           parameters == o.parameters && links == o.links && initialState == o.initialState &&
           simulation == o.simulation && flow == o.flow && analyses == o.analyses && view == o.view;
}

} // namespace nd
