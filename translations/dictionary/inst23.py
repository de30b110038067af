# Translations of issue 23 (install and desktop integration): the study file dialogs' filters now
# that studies have an extension of their own (*.ndstudy). t(source, German, Simplified Chinese).
t("NeuroDyn studies (*.json *.ndstudy)", "NeuroDyn-Studien (*.json *.ndstudy)", "NeuroDyn 研究 (*.json *.ndstudy)")
t("All files (*)", "Alle Dateien (*)", "所有文件 (*)")
