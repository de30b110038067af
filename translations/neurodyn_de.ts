<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Qt %1, Qwt %2, Eigen %3.%4.%5, Boost %6.%7</source>
            <translation>Qt %1, Qwt %2, Eigen %3.%4.%5, Boost %6.%7</translation>
        </message>
        <message>
            <source>About NeuroDyn</source>
            <translation>Über NeuroDyn</translation>
        </message>
        <message>
            <source>&lt;h3&gt;NeuroDyn %1&lt;/h3&gt;&lt;p&gt;Nonlinear dynamics of neuron networks: maps, networks and oscillators; orbit diagrams, phase portraits and more.&lt;/p&gt;&lt;p&gt;Built with %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;NeuroDyn %1&lt;/h3&gt;&lt;p&gt;Nichtlineare Dynamik von Neuronennetzwerken: Abbildungen, Netzwerke und Oszillatoren; Orbitdiagramme, Phasenporträts und mehr.&lt;/p&gt;&lt;p&gt;Erstellt mit %2.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Analysis</name>
        <message>
            <source>this view needs a map model</source>
            <translation>diese Ansicht braucht ein Abbildungsmodell</translation>
        </message>
        <message>
            <source>orbit diagrams need a map model</source>
            <translation>Orbitdiagramme brauchen ein Abbildungsmodell</translation>
        </message>
        <message>
            <source>the parameter range is empty</source>
            <translation>der Parameterbereich ist leer</translation>
        </message>
    </context>
    <context>
        <name>AnalysisController</name>
        <message>
            <source>Orbit diagram: the orbit escaped in %1 columns</source>
            <translation>Orbitdiagramm: der Orbit ist in %1 Spalten entwichen</translation>
        </message>
        <message>
            <source>Zoom orbit diagram</source>
            <translation>Orbitdiagramm zoomen</translation>
        </message>
        <message>
            <source>The orbit escaped at step %1: %2</source>
            <translation>Der Orbit ist bei Schritt %1 entwichen: %2</translation>
        </message>
        <message>
            <source>%1 steps computed</source>
            <translation>%1 Schritte berechnet</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Usage: neurodyn-cli COMMAND [options]

Commands:
  simulate   iterate a model and print its trajectory as CSV
  run        run every analysis of a study file, writing CSV + JSON (MPI-aware)
  merge      merge the tiles of 'run --tile i/n' into the results
  measure    run one measure on a series or edge-list file and print JSON
  examples   list the built-in example studies
  example    write a built-in example as a study file

Run 'neurodyn-cli COMMAND --help' for a command's options.
</source>
            <translation>Aufruf: neurodyn-cli BEFEHL [Optionen]

Befehle:
  simulate   ein Modell iterieren und seine Trajektorie als CSV ausgeben
  run        jede Analyse einer Studiendatei ausführen, CSV + JSON schreiben (MPI-fähig)
  merge      die Kacheln von 'run --tile i/n' zu den Ergebnissen zusammenführen
  measure    eine Messgröße auf eine Reihen- oder Kantenlistendatei anwenden, JSON ausgeben
  examples   die eingebauten Beispielstudien auflisten
  example    ein eingebautes Beispiel als Studiendatei schreiben

'neurodyn-cli BEFEHL --help' zeigt die Optionen eines Befehls.
</translation>
        </message>
        <message>
            <source>neurodyn-cli: unknown command '%1'
</source>
            <translation>neurodyn-cli: unbekannter Befehl '%1'
</translation>
        </message>
    </context>
    <context>
        <name>ColorMaps</name>
        <message>
            <source>Grey</source>
            <translation>Grau</translation>
        </message>
        <message>
            <source>Inferno</source>
            <translation>Inferno</translation>
        </message>
        <message>
            <source>Jet</source>
            <translation>Jet</translation>
        </message>
        <message>
            <source>Viridis</source>
            <translation>Viridis</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>&amp;Export Plot</source>
            <translation>Diagramm &amp;exportieren</translation>
        </message>
        <message>
            <source>&amp;Copy Plot to Clipboard</source>
            <translation>Diagramm in die Zwischenablage &amp;kopieren</translation>
        </message>
        <message>
            <source>%1...</source>
            <translation>%1 …</translation>
        </message>
        <message>
            <source>%1 copied to the clipboard</source>
            <translation>%1 in die Zwischenablage kopiert</translation>
        </message>
        <message>
            <source>Export &amp;All...</source>
            <translation>&amp;Alles exportieren …</translation>
        </message>
        <message>
            <source>Export All Into Folder</source>
            <translation>Alles in einen Ordner exportieren</translation>
        </message>
        <message>
            <source>Export All</source>
            <translation>Alles exportieren</translation>
        </message>
        <message>
            <source>%1 files written to %2</source>
            <translation>%1 Dateien nach %2 geschrieben</translation>
        </message>
        <message>
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <source>Export %1</source>
            <translation>%1 exportieren</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data as CSV (*.csv)</source>
            <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf);;Daten als CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export Plot</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>%1 geschrieben</translation>
        </message>
        <message>
            <source>cannot create folder %1</source>
            <translation>Ordner %1 kann nicht angelegt werden</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <source>&amp;New Study</source>
            <translation>&amp;Neue Studie</translation>
        </message>
        <message>
            <source>Start a new study of the current model with default values</source>
            <translation>Eine neue Studie des aktuellen Modells mit Standardwerten beginnen</translation>
        </message>
        <message>
            <source>New Study from &amp;Model</source>
            <translation>Neue Studie aus &amp;Modell</translation>
        </message>
        <message>
            <source>&amp;Open Study...</source>
            <translation>Studie ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>Open Study</source>
            <translation>Studie öffnen</translation>
        </message>
        <message>
            <source>NeuroDyn studies (*.json);;All files (*)</source>
            <translation>NeuroDyn-Studien (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Examples</source>
            <translation>&amp;Beispiele</translation>
        </message>
        <message>
            <source>&amp;Save Study</source>
            <translation>Studie &amp;speichern</translation>
        </message>
        <message>
            <source>Save Study &amp;As...</source>
            <translation>Studie speichern &amp;unter …</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>&amp;Clear List</source>
            <translation>Liste &amp;leeren</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>The study has unsaved changes. Save them first?</source>
            <translation>Die Studie hat ungespeicherte Änderungen. Zuerst speichern?</translation>
        </message>
        <message>
            <source>The study could not be opened.
%1</source>
            <translation>Die Studie konnte nicht geöffnet werden.
%1</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>%1 geöffnet</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Beispiel</translation>
        </message>
        <message>
            <source>New Study</source>
            <translation>Neue Studie</translation>
        </message>
        <message>
            <source>Save Study</source>
            <translation>Studie speichern</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>Save Study As</source>
            <translation>Studie speichern unter</translation>
        </message>
        <message>
            <source>NeuroDyn studies (*.json)</source>
            <translation>NeuroDyn-Studien (*.json)</translation>
        </message>
        <message>
            <source>Autosave failed: %1</source>
            <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Recover Unsaved Work</source>
            <translation>Ungespeicherte Arbeit wiederherstellen</translation>
        </message>
        <message>
            <source>NeuroDyn did not close normally last time. Restore the unsaved study it was working on?</source>
            <translation>NeuroDyn wurde beim letzten Mal nicht normal beendet. Die ungespeicherte Studie wiederherstellen?</translation>
        </message>
    </context>
    <context>
        <name>FixedPointsTable</name>
        <message>
            <source>stable node</source>
            <translation>stabiler Knoten</translation>
        </message>
        <message>
            <source>stable focus</source>
            <translation>stabiler Strudel</translation>
        </message>
        <message>
            <source>saddle</source>
            <translation>Sattel</translation>
        </message>
        <message>
            <source>unstable node</source>
            <translation>instabiler Knoten</translation>
        </message>
        <message>
            <source>unstable focus</source>
            <translation>instabiler Strudel</translation>
        </message>
        <message>
            <source>non-hyperbolic</source>
            <translation>nicht hyperbolisch</translation>
        </message>
        <message>
            <source>Fixed points found by Newton's method from many seeds, with the multipliers (eigenvalues of the Jacobian) that decide their stability</source>
            <translation>Mit dem Newton-Verfahren von vielen Startpunkten aus gefundene Fixpunkte, mit den Multiplikatoren (Eigenwerten der Jacobi-Matrix), die über ihre Stabilität entscheiden</translation>
        </message>
        <message>
            <source>Fixed points</source>
            <translation>Fixpunkte</translation>
        </message>
        <message>
            <source>No fixed point found</source>
            <translation>Kein Fixpunkt gefunden</translation>
        </message>
        <message>
            <source>Stability</source>
            <translation>Stabilität</translation>
        </message>
        <message>
            <source>Multipliers</source>
            <translation>Multiplikatoren</translation>
        </message>
        <message>
            <source>Moduli</source>
            <translation>Beträge</translation>
        </message>
        <message>
            <source>det J</source>
            <translation>det J</translation>
        </message>
        <message>
            <source>Residual</source>
            <translation>Residuum</translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <source>not enough memory for this computation</source>
            <translation>nicht genug Speicher für diese Berechnung</translation>
        </message>
        <message>
            <source>the computation failed: %1</source>
            <translation>die Berechnung ist fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>LyapunovView</name>
        <message>
            <source>Lyapunov exponents</source>
            <translation>Lyapunov-Exponenten</translation>
        </message>
        <message>
            <source>iterations</source>
            <translation>Iterationen</translation>
        </message>
        <message>
            <source>running estimate</source>
            <translation>laufende Schätzung</translation>
        </message>
        <message>
            <source>Lyapunov exponents: %1</source>
            <translation>Lyapunov-Exponenten: %1</translation>
        </message>
        <message>
            <source>λ%1 = %2</source>
            <translation>λ%1 = %2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Phase portrait</source>
            <translation>Phasenporträt</translation>
        </message>
        <message>
            <source>Time series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>Orbit diagram</source>
            <translation>Orbitdiagramm</translation>
        </message>
        <message>
            <source>Space-time plot</source>
            <translation>Raum-Zeit-Diagramm</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop the running computations (Esc)</source>
            <translation>Die laufenden Berechnungen anhalten (Esc)</translation>
        </message>
        <message>
            <source>x = %1, y = %2</source>
            <translation>x = %1, y = %2</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation>&amp;Einstellungen …</translation>
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <source>&amp;Analysis</source>
            <translation>&amp;Analyse</translation>
        </message>
        <message>
            <source>&amp;Recompute</source>
            <translation>Neu &amp;berechnen</translation>
        </message>
        <message>
            <source>&amp;Cancel Computations</source>
            <translation>Berechnungen a&amp;bbrechen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About NeuroDyn</source>
            <translation>Ü&amp;ber NeuroDyn</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>The new language takes effect when NeuroDyn starts next</source>
            <translation>Die neue Sprache wirkt beim nächsten Start von NeuroDyn</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>%1[*] - NeuroDyn</source>
            <translation>%1[*] – NeuroDyn</translation>
        </message>
        <message>
            <source>cannot create folder %1</source>
            <translation>Ordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Lyapunov exponents</source>
            <translation>Lyapunov-Exponenten</translation>
        </message>
        <message>
            <source>Fixed points</source>
            <translation>Fixpunkte</translation>
        </message>
    </context>
    <context>
        <name>MeasureCommand</name>
        <message>
            <source>multifractal DFA of one column {q, h, tau, alpha, f}</source>
            <translation>multifraktale DFA einer Spalte {q, h, tau, alpha, f}</translation>
        </message>
        <message>
            <source>multifractal spectrum of a weighted edge list {tau, alpha, f}</source>
            <translation>multifraktales Spektrum einer gewichteten Kantenliste {tau, alpha, f}</translation>
        </message>
        <message>
            <source>sample entropy of one column {value, A, B}</source>
            <translation>Stichprobenentropie einer Spalte {Wert, A, B}</translation>
        </message>
        <message>
            <source>Kuramoto order parameter of several columns {mean, sd}</source>
            <translation>Kuramoto-Ordnungsparameter mehrerer Spalten {Mittelwert, Standardabweichung}</translation>
        </message>
        <message>
            <source>zero-lag cross-correlation of several columns {matrix, mean}</source>
            <translation>Kreuzkorrelation ohne Verzögerung mehrerer Spalten {Matrix, Mittelwert}</translation>
        </message>
        <message>
            <source>0-1 test for chaos of one column {K, Kc, c}</source>
            <translation>0-1-Test auf Chaos für eine Spalte {K, Kc, c}</translation>
        </message>
    </context>
    <context>
        <name>MpiSession</name>
        <message>
            <source>MPI_Init failed</source>
            <translation>MPI_Init fehlgeschlagen</translation>
        </message>
        <message>
            <source>started by mpirun with %1 processes, but this neurodyn-cli was built without MPI (configure with -DNEURODYN_MPI=ON)</source>
            <translation>von mpirun mit %1 Prozessen gestartet, aber dieses neurodyn-cli wurde ohne MPI gebaut (mit -DNEURODYN_MPI=ON konfigurieren)</translation>
        </message>
    </context>
    <context>
        <name>OrbitDiagramView</name>
        <message>
            <source>Orbit diagram</source>
            <translation>Orbitdiagramm</translation>
        </message>
        <message>
            <source>density</source>
            <translation>Dichte</translation>
        </message>
    </context>
    <context>
        <name>OrbitSettingsBar</name>
        <message>
            <source>Sweep:</source>
            <translation>Variieren:</translation>
        </message>
        <message>
            <source>Plot:</source>
            <translation>Darstellen:</translation>
        </message>
        <message>
            <source>Columns:</source>
            <translation>Spalten:</translation>
        </message>
        <message>
            <source>Transient:</source>
            <translation>Einschwingen:</translation>
        </message>
        <message>
            <source>Samples:</source>
            <translation>Stichproben:</translation>
        </message>
        <message>
            <source>Full Range</source>
            <translation>Ganzer Bereich</translation>
        </message>
        <message>
            <source>Sweep the parameter's whole typical range again and choose the value range automatically</source>
            <translation>Wieder den ganzen typischen Bereich des Parameters durchlaufen und den Wertebereich automatisch wählen</translation>
        </message>
        <message>
            <source>Parameter swept along the horizontal axis</source>
            <translation>Entlang der horizontalen Achse variierter Parameter</translation>
        </message>
        <message>
            <source>State variable whose values are plotted</source>
            <translation>Zustandsvariable, deren Werte dargestellt werden</translation>
        </message>
        <message>
            <source>Number of parameter values (columns of the raster)</source>
            <translation>Anzahl der Parameterwerte (Spalten des Rasters)</translation>
        </message>
        <message>
            <source>Steps iterated and discarded before sampling each column</source>
            <translation>Vor dem Abtasten jeder Spalte iterierte und verworfene Schritte</translation>
        </message>
        <message>
            <source>Values recorded per column</source>
            <translation>Pro Spalte aufgezeichnete Werte</translation>
        </message>
        <message>
            <source>Change orbit diagram</source>
            <translation>Orbitdiagramm ändern</translation>
        </message>
    </context>
    <context>
        <name>ParameterPanel</name>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Initial state</source>
            <translation>Anfangszustand</translation>
        </message>
        <message>
            <source>%1 (valid range %2 to %3)</source>
            <translation>%1 (gültiger Bereich %2 bis %3)</translation>
        </message>
        <message>
            <source>Initial value of %1</source>
            <translation>Anfangswert von %1</translation>
        </message>
    </context>
    <context>
        <name>PhasePortraitView</name>
        <message>
            <source>Phase portrait</source>
            <translation>Phasenporträt</translation>
        </message>
        <message>
            <source>%1(n)</source>
            <translation>%1(n)</translation>
        </message>
        <message>
            <source>%1(n+1)</source>
            <translation>%1(n+1)</translation>
        </message>
    </context>
    <context>
        <name>PhaseSettingsBar</name>
        <message>
            <source>Cobweb</source>
            <translation>Spinnwebdiagramm</translation>
        </message>
        <message>
            <source>Horizontal:</source>
            <translation>Horizontal:</translation>
        </message>
        <message>
            <source>Vertical:</source>
            <translation>Vertikal:</translation>
        </message>
        <message>
            <source>State variable on the horizontal axis</source>
            <translation>Zustandsvariable auf der horizontalen Achse</translation>
        </message>
        <message>
            <source>State variable on the vertical axis</source>
            <translation>Zustandsvariable auf der vertikalen Achse</translation>
        </message>
        <message>
            <source>For one-dimensional maps: draw the cobweb of the first steps over the return map</source>
            <translation>Für eindimensionale Abbildungen: das Spinnwebdiagramm der ersten Schritte über die Rückkehrabbildung zeichnen</translation>
        </message>
        <message>
            <source>Change phase portrait</source>
            <translation>Phasenporträt ändern</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>Language of the user interface; takes effect when NeuroDyn starts next</source>
            <translation>Sprache der Benutzeroberfläche; wirkt beim nächsten Start von NeuroDyn</translation>
        </message>
        <message>
            <source>All cores (%1)</source>
            <translation>Alle Kerne (%1)</translation>
        </message>
        <message>
            <source>Worker threads for analyses such as orbit diagrams</source>
            <translation>Arbeitsthreads für Analysen wie Orbitdiagramme</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source>Width of exported figures</source>
            <translation>Breite exportierter Abbildungen</translation>
        </message>
        <message>
            <source>Height of exported figures</source>
            <translation>Höhe exportierter Abbildungen</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>Resolution of exported PNG images (SVG and PDF are vector graphics)</source>
            <translation>Auflösung exportierter PNG-Bilder (SVG und PDF sind Vektorgrafiken)</translation>
        </message>
        <message>
            <source>Colour map of density plots such as the orbit diagram</source>
            <translation>Farbskala von Dichtediagrammen wie dem Orbitdiagramm</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Worker &amp;threads:</source>
            <translation>Arbeits&amp;threads:</translation>
        </message>
        <message>
            <source>Export &amp;width:</source>
            <translation>Export-&amp;Breite:</translation>
        </message>
        <message>
            <source>Export &amp;height:</source>
            <translation>Export-&amp;Höhe:</translation>
        </message>
        <message>
            <source>Export &amp;resolution:</source>
            <translation>Export-&amp;Auflösung:</translation>
        </message>
        <message>
            <source>&amp;Colour map:</source>
            <translation>&amp;Farbskala:</translation>
        </message>
    </context>
    <context>
        <name>SpaceTimeView</name>
        <message>
            <source>Space-time plot</source>
            <translation>Raum-Zeit-Diagramm</translation>
        </message>
        <message>
            <source>step n</source>
            <translation>Schritt n</translation>
        </message>
        <message>
            <source>node</source>
            <translation>Knoten</translation>
        </message>
    </context>
    <context>
        <name>StabilityController</name>
        <message>
            <source>Lyapunov exponents (%1)</source>
            <translation>Lyapunov-Exponenten (%1)</translation>
        </message>
        <message>
            <source>, Kaplan-Yorke dimension %1</source>
            <translation>, Kaplan-Yorke-Dimension %1</translation>
        </message>
    </context>
    <context>
        <name>StudyDocument</name>
        <message>
            <source>Change %1</source>
            <translation>%1 ändern</translation>
        </message>
        <message>
            <source>initial values must be finite numbers</source>
            <translation>Anfangswerte müssen endliche Zahlen sein</translation>
        </message>
        <message>
            <source>Change initial %1</source>
            <translation>Anfangswert %1 ändern</translation>
        </message>
    </context>
    <context>
        <name>TimeSeriesView</name>
        <message>
            <source>Time series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>step n</source>
            <translation>Schritt n</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>NeuroDyn: nonlinear dynamics of neuron networks</source>
            <translation>NeuroDyn: nichtlineare Dynamik von Neuronennetzwerken</translation>
        </message>
        <message>
            <source>Study file to open.</source>
            <translation>Zu öffnende Studiendatei.</translation>
        </message>
        <message>
            <source>Open a built-in example study.</source>
            <translation>Eine eingebaute Beispielstudie öffnen.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Render the views as PNG images into a folder and quit.</source>
            <translation>Die Ansichten als PNG-Bilder in einen Ordner schreiben und beenden.</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>List the built-in example studies and quit.</source>
            <translation>Die eingebauten Beispielstudien auflisten und beenden.</translation>
        </message>
        <message>
            <source>unknown example '%1' (known: %2)</source>
            <translation>unbekanntes Beispiel '%1' (bekannt: %2)</translation>
        </message>
        <message>
            <source>the views did not finish computing</source>
            <translation>die Ansichten wurden nicht fertig berechnet</translation>
        </message>
    </context>
    <context>
        <name>nd</name>
        <message>
            <source>simulation.%1 must be a whole number between %2 and %3</source>
            <translation>simulation.%1 muss eine ganze Zahl zwischen %2 und %3 sein</translation>
        </message>
        <message>
            <source>not valid JSON at offset %1: %2</source>
            <translation>kein gültiges JSON an Position %1: %2</translation>
        </message>
        <message>
            <source>the top level must be a JSON object</source>
            <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>format must be "%1"; this is not a NeuroDyn study</source>
            <translation>format muss "%1" sein; dies ist keine NeuroDyn-Studie</translation>
        </message>
        <message>
            <source>schema_version must be a positive whole number</source>
            <translation>schema_version muss eine positive ganze Zahl sein</translation>
        </message>
        <message>
            <source>schema_version %1 is newer than this NeuroDyn understands (%2): update NeuroDyn</source>
            <translation>schema_version %1 ist neuer, als dieses NeuroDyn versteht (%2): NeuroDyn aktualisieren</translation>
        </message>
        <message>
            <source>model.type is missing</source>
            <translation>model.type fehlt</translation>
        </message>
        <message>
            <source>model.settings must be an object</source>
            <translation>model.settings muss ein Objekt sein</translation>
        </message>
        <message>
            <source>model.settings.%1 must be a string</source>
            <translation>model.settings.%1 muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <source>model.parameters must be an object</source>
            <translation>model.parameters muss ein Objekt sein</translation>
        </message>
        <message>
            <source>model.parameters.%1 must be a number</source>
            <translation>model.parameters.%1 muss eine Zahl sein</translation>
        </message>
        <message>
            <source>initial_state must be an array of %1 numbers</source>
            <translation>initial_state muss ein Feld aus %1 Zahlen sein</translation>
        </message>
        <message>
            <source>initial_state must hold numbers only</source>
            <translation>initial_state darf nur Zahlen enthalten</translation>
        </message>
        <message>
            <source>%1 must be an object</source>
            <translation>%1 muss ein Objekt sein</translation>
        </message>
        <message>
            <source>simulation must be an object</source>
            <translation>simulation muss ein Objekt sein</translation>
        </message>
        <message>
            <source>simulation.escape_bound must be a positive number</source>
            <translation>simulation.escape_bound muss eine positive Zahl sein</translation>
        </message>
        <message>
            <source>cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB; a study file is small</source>
            <translation>%1 ist größer als %2 MB; eine Studiendatei ist klein</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>saving %1 failed: %2</source>
            <translation>Speichern von %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>%1.%2 must be a finite number</source>
            <translation>%1.%2 muss eine endliche Zahl sein</translation>
        </message>
        <message>
            <source>%1.parameter: the model has no parameter '%2'</source>
            <translation>%1.parameter: das Modell hat keinen Parameter '%2'</translation>
        </message>
        <message>
            <source>%1: from must not exceed to, nor value_min value_max</source>
            <translation>%1: from darf to nicht überschreiten, value_min nicht value_max</translation>
        </message>
        <message>
            <source>view.cobweb must be true or false</source>
            <translation>view.cobweb muss true oder false sein</translation>
        </message>
        <message>
            <source>the figure size must be positive and the resolution between 10 and 2400 dpi</source>
            <translation>die Abbildungsgröße muss positiv und die Auflösung zwischen 10 und 2400 dpi sein</translation>
        </message>
        <message>
            <source>this plot has no data to export as CSV</source>
            <translation>dieses Diagramm hat keine Daten für einen CSV-Export</translation>
        </message>
        <message>
            <source>a %1 x %2 pixel image is too large</source>
            <translation>ein Bild mit %1 x %2 Pixeln ist zu groß</translation>
        </message>
        <message>
            <source>encoding the PNG image failed</source>
            <translation>das Kodieren des PNG-Bildes ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>unknown figure format '%1' (use .png, .svg or .pdf)</source>
            <translation>unbekanntes Abbildungsformat '%1' (.png, .svg oder .pdf verwenden)</translation>
        </message>
    </context>
    <context>
        <name>nd::Int</name>
        <message>
            <source>%1.%2 must be a whole number between %3 and %4</source>
            <translation>%1.%2 muss eine ganze Zahl zwischen %3 und %4 sein</translation>
        </message>
    </context>
    <context>
        <name>nd::cli</name>
        <message>
            <source>List the built-in example studies: name and title.
Write one with 'neurodyn-cli example NAME [FILE]'.</source>
            <translation>Die eingebauten Beispielstudien auflisten: Name und Titel.
Eine davon mit 'neurodyn-cli example NAME [DATEI]' schreiben.</translation>
        </message>
        <message>
            <source>unexpected argument '%1'</source>
            <translation>unerwartetes Argument '%1'</translation>
        </message>
        <message>
            <source>Write a built-in example study as a study file: to FILE, to NAME.json in the current folder when FILE is omitted, or to standard output for '-'.
Run it with 'neurodyn-cli run FILE --out DIR'.</source>
            <translation>Eine eingebaute Beispielstudie als Studiendatei schreiben: nach DATEI, ohne DATEI nach NAME.json im aktuellen Ordner oder mit '-' auf die Standardausgabe.
Ausführen mit 'neurodyn-cli run DATEI --out VERZEICHNIS'.</translation>
        </message>
        <message>
            <source>Example name (see 'neurodyn-cli examples').</source>
            <translation>Name des Beispiels (siehe 'neurodyn-cli examples').</translation>
        </message>
        <message>
            <source>Study file to write (optional).</source>
            <translation>Zu schreibende Studiendatei (optional).</translation>
        </message>
        <message>
            <source>expected NAME and optionally FILE</source>
            <translation>erwartet: NAME und optional DATEI</translation>
        </message>
        <message>
            <source>unknown example '%1' (known: %2)</source>
            <translation>unbekanntes Beispiel '%1' (bekannt: %2)</translation>
        </message>
        <message>
            <source>cannot write the study file: %1</source>
            <translation>die Studiendatei kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>wrote %1</source>
            <translation>%1 geschrieben</translation>
        </message>
        <message>
            <source>Usage: neurodyn-cli measure NAME [options] FILE|-

Runs one measure on a CSV or whitespace-separated file ('-' reads standard input)
and prints JSON. Undefined values are null, with a "reason" key.

Measures:
</source>
            <translation>Aufruf: neurodyn-cli measure NAME [Optionen] DATEI|-

Wendet eine Messgröße auf eine CSV- oder durch Leerraum getrennte Datei an ('-' liest die Standardeingabe)
und gibt JSON aus. Undefinierte Werte sind null, mit einem Schlüssel "reason".

Messgrößen:
</translation>
        </message>
        <message>
            <source>
Run 'neurodyn-cli measure NAME --help' for a measure's options.
</source>
            <translation>
'neurodyn-cli measure NAME --help' zeigt die Optionen einer Messgröße.
</translation>
        </message>
        <message>
            <source>unknown measure '%1' (known: %2)</source>
            <translation>unbekannte Messgröße '%1' (bekannt: %2)</translation>
        </message>
        <message>
            <source>%1.
Input: FILE, or '-' for standard input; CSV or whitespace-separated, an optional header line, '#' comments.</source>
            <translation>%1.
Eingabe: DATEI oder '-' für die Standardeingabe; CSV oder durch Leerraum getrennt, optionale Kopfzeile, Kommentare mit '#'.</translation>
        </message>
        <message>
            <source>Column to use: 1-based number or header name (default 1).</source>
            <translation>Zu verwendende Spalte: Nummer ab 1 oder Name aus der Kopfzeile (Standard 1).</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>Columns (nodes) to use, comma-separated numbers or names (default all).</source>
            <translation>Zu verwendende Spalten (Knoten), durch Kommas getrennte Nummern oder Namen (Standard: alle).</translation>
        </message>
        <message>
            <source>LIST</source>
            <translation>LISTE</translation>
        </message>
        <message>
            <source>Write the JSON to this file instead of standard output.</source>
            <translation>Das JSON in diese Datei statt auf die Standardausgabe schreiben.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>Input file, or - for standard input.</source>
            <translation>Eingabedatei oder - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>expected exactly one input FILE (or -), got %1</source>
            <translation>erwartet: genau eine Eingabe-DATEI (oder -), erhalten: %1</translation>
        </message>
        <message>
            <source>cannot write the result: %1</source>
            <translation>das Ergebnis kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>q values, comma-separated; negative values work as --q=-2,2 or --q -2,2 (default -5..5 step 1).</source>
            <translation>q-Werte, durch Kommas getrennt; negative Werte als --q=-2,2 oder --q -2,2 (Standard -5..5 in Schritten von 1).</translation>
        </message>
        <message>
            <source>Detrending polynomial order 0..8 (default 1).</source>
            <translation>Ordnung des Trendpolynoms 0..8 (Standard 1).</translation>
        </message>
        <message>
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <source>Smallest generated scale (default 16).</source>
            <translation>Kleinste erzeugte Skala (Standard 16).</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>Largest generated scale (default N/4).</source>
            <translation>Größte erzeugte Skala (Standard N/4).</translation>
        </message>
        <message>
            <source>Number of log-spaced scales, rounded to the nearest integer (default 20).</source>
            <translation>Anzahl der logarithmisch verteilten Skalen, auf ganze Zahlen gerundet (Standard 20).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Explicit scales, comma-separated, increasing (replaces the generated ones).</source>
            <translation>Explizite Skalen, durch Kommas getrennt, aufsteigend (ersetzt die erzeugten).</translation>
        </message>
        <message>
            <source>Worker threads (default: all).</source>
            <translation>Arbeitsthreads (Standard: alle).</translation>
        </message>
        <message>
            <source>--q expects comma-separated numbers, got '%1'</source>
            <translation>--q erwartet durch Kommas getrennte Zahlen, erhalten: '%1'</translation>
        </message>
        <message>
            <source>--order must be a whole number from 0 to 8</source>
            <translation>--order muss eine ganze Zahl von 0 bis 8 sein</translation>
        </message>
        <message>
            <source>--scale-min must be a whole number &gt;= 1</source>
            <translation>--scale-min muss eine ganze Zahl &gt;= 1 sein</translation>
        </message>
        <message>
            <source>--scale-max must be a whole number &gt;= 1</source>
            <translation>--scale-max muss eine ganze Zahl &gt;= 1 sein</translation>
        </message>
        <message>
            <source>--scales must be a whole number from 2 to 10000</source>
            <translation>--scales muss eine ganze Zahl von 2 bis 10000 sein</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads muss eine ganze Zahl von 0 bis 4096 sein</translation>
        </message>
        <message>
            <source>--scale-list expects comma-separated whole numbers &gt;= 1</source>
            <translation>--scale-list erwartet durch Kommas getrennte ganze Zahlen &gt;= 1</translation>
        </message>
        <message>
            <source>q values, comma-separated (default -5..5 step 1); --q=-2,2 or --q -2,2.</source>
            <translation>q-Werte, durch Kommas getrennt (Standard -5..5 in Schritten von 1); --q=-2,2 oder --q -2,2.</translation>
        </message>
        <message>
            <source>Explicit radii, comma-separated, increasing, &gt; 0 (default: generated).</source>
            <translation>Explizite Radien, durch Kommas getrennt, aufsteigend, &gt; 0 (Standard: erzeugt).</translation>
        </message>
        <message>
            <source>Number of generated log-spaced radii (default 20).</source>
            <translation>Anzahl der erzeugten logarithmisch verteilten Radien (Standard 20).</translation>
        </message>
        <message>
            <source>--radii expects comma-separated numbers</source>
            <translation>--radii erwartet durch Kommas getrennte Zahlen</translation>
        </message>
        <message>
            <source>--radius-count must be a whole number from 2 to 1e5</source>
            <translation>--radius-count muss eine ganze Zahl von 2 bis 1e5 sein</translation>
        </message>
        <message>
            <source>an edge list has 2 or 3 columns (from, to[, weight]); this input has %1</source>
            <translation>eine Kantenliste hat 2 oder 3 Spalten (von, nach[, Gewicht]); diese Eingabe hat %1</translation>
        </message>
        <message>
            <source>edge %1: node numbers must be whole numbers &gt;= 0</source>
            <translation>Kante %1: Knotennummern müssen ganze Zahlen &gt;= 0 sein</translation>
        </message>
        <message>
            <source>Template length m &gt;= 1 (default 2).</source>
            <translation>Vorlagenlänge m &gt;= 1 (Standard 2).</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>Tolerance r &gt; 0 (default 0.2).</source>
            <translation>Toleranz r &gt; 0 (Standard 0.2).</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>sd: r is a fraction of the standard deviation (default); abs: absolute.</source>
            <translation>sd: r ist ein Bruchteil der Standardabweichung (Standard); abs: absolut.</translation>
        </message>
        <message>
            <source>sd|abs</source>
            <translation>sd|abs</translation>
        </message>
        <message>
            <source>Standard deviation divisor N - ddof, 0 (default) or 1.</source>
            <translation>Divisor der Standardabweichung N - ddof, 0 (Standard) oder 1.</translation>
        </message>
        <message>
            <source>0|1</source>
            <translation>0|1</translation>
        </message>
        <message>
            <source>Match rule: le (distance &lt;= r, default) or lt (&lt; r).</source>
            <translation>Übereinstimmungsregel: le (Abstand &lt;= r, Standard) oder lt (&lt; r).</translation>
        </message>
        <message>
            <source>le|lt</source>
            <translation>le|lt</translation>
        </message>
        <message>
            <source>Delay between template coordinates (default 1).</source>
            <translation>Verzögerung zwischen den Koordinaten einer Vorlage (Standard 1).</translation>
        </message>
        <message>
            <source>TAU</source>
            <translation>TAU</translation>
        </message>
        <message>
            <source>shared: A and B over the same N - m starts (default); all: B over every length-m template.</source>
            <translation>shared: A und B über dieselben N - m Anfänge (Standard); all: B über jede Vorlage der Länge m.</translation>
        </message>
        <message>
            <source>shared|all</source>
            <translation>shared|all</translation>
        </message>
        <message>
            <source>--m must be a whole number from 1 to 1000</source>
            <translation>--m muss eine ganze Zahl von 1 bis 1000 sein</translation>
        </message>
        <message>
            <source>--r must be a positive number</source>
            <translation>--r muss eine positive Zahl sein</translation>
        </message>
        <message>
            <source>--ddof must be 0 or 1</source>
            <translation>--ddof muss 0 oder 1 sein</translation>
        </message>
        <message>
            <source>--lag must be a whole number from 1 to 1e6</source>
            <translation>--lag muss eine ganze Zahl von 1 bis 1e6 sein</translation>
        </message>
        <message>
            <source>--r-mode must be sd or abs, not '%1'</source>
            <translation>--r-mode muss sd oder abs sein, nicht '%1'</translation>
        </message>
        <message>
            <source>--match must be le or lt, not '%1'</source>
            <translation>--match muss le oder lt sein, nicht '%1'</translation>
        </message>
        <message>
            <source>--templates must be shared or all, not '%1'</source>
            <translation>--templates muss shared oder all sein, nicht '%1'</translation>
        </message>
        <message>
            <source>How phases are obtained: spikes (upward threshold crossings, default), geometric (angle of (x - &lt;x&gt;, y - &lt;y&gt;) with --y-columns) or given (the columns are phases in radians).</source>
            <translation>Wie die Phasen bestimmt werden: spikes (Schwellenüberschreitungen nach oben, Standard), geometric (Winkel von (x - &lt;x&gt;, y - &lt;y&gt;) mit --y-columns) oder given (die Spalten sind Phasen im Bogenmaß).</translation>
        </message>
        <message>
            <source>spikes|geometric|given</source>
            <translation>spikes|geometric|given</translation>
        </message>
        <message>
            <source>Spike threshold (default 0).</source>
            <translation>Spike-Schwelle (Standard 0).</translation>
        </message>
        <message>
            <source>T</source>
            <translation>T</translation>
        </message>
        <message>
            <source>Geometric phases: the y column of each node, in --columns order.</source>
            <translation>Geometrische Phasen: die y-Spalte jedes Knotens, in der Reihenfolge von --columns.</translation>
        </message>
        <message>
            <source>Half-width of the ring neighbourhood of the local order parameter (default max(1, nodes/10)).</source>
            <translation>Halbe Breite der Ringnachbarschaft des lokalen Ordnungsparameters (Standard max(1, Knoten/10)).</translation>
        </message>
        <message>
            <source>W</source>
            <translation>W</translation>
        </message>
        <message>
            <source>--threshold must be a number</source>
            <translation>--threshold muss eine Zahl sein</translation>
        </message>
        <message>
            <source>--local-width must be a whole number &gt;= 0</source>
            <translation>--local-width muss eine ganze Zahl &gt;= 0 sein</translation>
        </message>
        <message>
            <source>--phases geometric needs --y-columns with one column per node (%1)</source>
            <translation>--phases geometric braucht --y-columns mit einer Spalte pro Knoten (%1)</translation>
        </message>
        <message>
            <source>--phases must be spikes, geometric or given, not '%1'</source>
            <translation>--phases muss spikes, geometric oder given sein, nicht '%1'</translation>
        </message>
        <message>
            <source>Node (1-based position in --columns) the per-node correlations refer to (default 1).</source>
            <translation>Knoten (Position ab 1 in --columns), auf den sich die Korrelationen pro Knoten beziehen (Standard 1).</translation>
        </message>
        <message>
            <source>H</source>
            <translation>H</translation>
        </message>
        <message>
            <source>--hub must be a whole number from 1 to %1</source>
            <translation>--hub muss eine ganze Zahl von 1 bis %1 sein</translation>
        </message>
        <message>
            <source>Seed of the c draw (default 1).</source>
            <translation>Startwert der c-Auswahl (Standard 1).</translation>
        </message>
        <message>
            <source>Number of c values drawn (default 100).</source>
            <translation>Anzahl der gezogenen c-Werte (Standard 100).</translation>
        </message>
        <message>
            <source>Lower end of the c draw (default pi/5).</source>
            <translation>Unteres Ende der c-Auswahl (Standard pi/5).</translation>
        </message>
        <message>
            <source>Upper end of the c draw (default 4 pi/5).</source>
            <translation>Oberes Ende der c-Auswahl (Standard 4 pi/5).</translation>
        </message>
        <message>
            <source>Explicit c values, one per line (replaces the draw).</source>
            <translation>Explizite c-Werte, einer pro Zeile (ersetzt die Zufallsauswahl).</translation>
        </message>
        <message>
            <source>Largest n of M_c(n) (default N/10).</source>
            <translation>Größtes n von M_c(n) (Standard N/10).</translation>
        </message>
        <message>
            <source>Also print M_c(n) for every c and the p-q trajectory of the median c.</source>
            <translation>Zusätzlich M_c(n) für jedes c und die p-q-Trajektorie des Median-c ausgeben.</translation>
        </message>
        <message>
            <source>--seed must be a whole number &gt;= 0</source>
            <translation>--seed muss eine ganze Zahl &gt;= 0 sein</translation>
        </message>
        <message>
            <source>--count must be a whole number from 1 to 1e6</source>
            <translation>--count muss eine ganze Zahl von 1 bis 1e6 sein</translation>
        </message>
        <message>
            <source>--ncut must be a whole number &gt;= 0</source>
            <translation>--ncut muss eine ganze Zahl &gt;= 0 sein</translation>
        </message>
        <message>
            <source>--c-min must be a number</source>
            <translation>--c-min muss eine Zahl sein</translation>
        </message>
        <message>
            <source>--c-max must be a number</source>
            <translation>--c-max muss eine Zahl sein</translation>
        </message>
        <message>
            <source>--c-file: %1</source>
            <translation>--c-file: %1</translation>
        </message>
        <message>
            <source>--c-file must hold one value per line</source>
            <translation>--c-file muss einen Wert pro Zeile enthalten</translation>
        </message>
        <message>
            <source>Merge the tile files of 'neurodyn-cli run STUDY --tile i/n' (all n of them, one study) and write the results into DIR exactly as 'neurodyn-cli run STUDY --out DIR' would.

Example: neurodyn-cli merge --out results tiles/tile-*-of-8.ndtile</source>
            <translation>Die Kacheldateien von 'neurodyn-cli run STUDIE --tile i/n' (alle n, eine Studie) zusammenführen und die Ergebnisse genau so nach VERZEICHNIS schreiben wie 'neurodyn-cli run STUDIE --out VERZEICHNIS'.

Beispiel: neurodyn-cli merge --out results tiles/tile-*-of-8.ndtile</translation>
        </message>
        <message>
            <source>Tile files.</source>
            <translation>Kacheldateien.</translation>
        </message>
        <message>
            <source>Output folder (created if missing).</source>
            <translation>Ausgabeordner (wird bei Bedarf angelegt).</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>VERZEICHNIS</translation>
        </message>
        <message>
            <source>No progress bar.</source>
            <translation>Keine Fortschrittsanzeige.</translation>
        </message>
        <message>
            <source>--out DIR is required</source>
            <translation>--out VERZEICHNIS ist erforderlich</translation>
        </message>
        <message>
            <source>no tile files given</source>
            <translation>keine Kacheldateien angegeben</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 belongs to a different run (another study or tile count)</source>
            <translation>%1 gehört zu einem anderen Lauf (andere Studie oder Kachelzahl)</translation>
        </message>
        <message>
            <source>%1: tile %2 is given twice</source>
            <translation>%1: Kachel %2 ist doppelt angegeben</translation>
        </message>
        <message>
            <source>tile %1 of %2 is missing</source>
            <translation>Kachel %1 von %2 fehlt</translation>
        </message>
        <message>
            <source>the study inside the tiles: %1</source>
            <translation>die Studie in den Kacheln: %1</translation>
        </message>
        <message>
            <source>cannot create the output folder %1</source>
            <translation>der Ausgabeordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>an orbit-diagram tile does not match the study</source>
            <translation>eine Orbitdiagramm-Kachel passt nicht zur Studie</translation>
        </message>
        <message>
            <source>orbit-diagram column %1 appears in two tiles</source>
            <translation>Orbitdiagramm-Spalte %1 kommt in zwei Kacheln vor</translation>
        </message>
        <message>
            <source>orbit-diagram tile data for column %1 is damaged</source>
            <translation>die Kacheldaten der Orbitdiagramm-Spalte %1 sind beschädigt</translation>
        </message>
        <message>
            <source>orbit-diagram tile data for column %1 is truncated</source>
            <translation>die Kacheldaten der Orbitdiagramm-Spalte %1 sind abgeschnitten</translation>
        </message>
        <message>
            <source>orbit-diagram column %1 is in no tile</source>
            <translation>Orbitdiagramm-Spalte %1 ist in keiner Kachel</translation>
        </message>
        <message>
            <source>Study file (see 'neurodyn-cli example').</source>
            <translation>Studiendatei (siehe 'neurodyn-cli example').</translation>
        </message>
        <message>
            <source>Compute only tile i of n (0-based) for a later merge.</source>
            <translation>Nur Kachel i von n (ab 0) für eine spätere Zusammenführung berechnen.</translation>
        </message>
        <message>
            <source>i/n</source>
            <translation>i/n</translation>
        </message>
        <message>
            <source>Worker threads per process (default: all cores, or NEURODYN_THREADS).</source>
            <translation>Arbeitsthreads pro Prozess (Standard: alle Kerne oder NEURODYN_THREADS).</translation>
        </message>
        <message>
            <source>expected exactly one STUDY file</source>
            <translation>erwartet: genau eine STUDIEN-Datei</translation>
        </message>
        <message>
            <source>--tile expects i/n with 0 &lt;= i &lt; n, got '%1'</source>
            <translation>--tile erwartet i/n mit 0 &lt;= i &lt; n, erhalten: '%1'</translation>
        </message>
        <message>
            <source>--tile cannot be combined with mpirun (each rank already is a tile)</source>
            <translation>--tile lässt sich nicht mit mpirun kombinieren (jeder Rang ist bereits eine Kachel)</translation>
        </message>
        <message>
            <source>a tile file is truncated or damaged</source>
            <translation>eine Kacheldatei ist abgeschnitten oder beschädigt</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>orbit diagram, tile %1/%2</source>
            <translation>Orbitdiagramm, Kachel %1/%2</translation>
        </message>
        <message>
            <source>not a neurodyn-cli tile file</source>
            <translation>keine Kacheldatei von neurodyn-cli</translation>
        </message>
        <message>
            <source>tile file version %1 is not supported (expected %2)</source>
            <translation>Kacheldatei-Version %1 wird nicht unterstützt (erwartet %2)</translation>
        </message>
        <message>
            <source>tile index %1 of %2 is out of range</source>
            <translation>Kachelindex %1 von %2 liegt außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>trajectory</source>
            <translation>Trajektorie</translation>
        </message>
        <message>
            <source>orbit diagram</source>
            <translation>Orbitdiagramm</translation>
        </message>
        <message>
            <source>cannot read standard input</source>
            <translation>die Standardeingabe kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>Standardeingabe</translation>
        </message>
        <message>
            <source>%1, line %2: %3 fields, expected %4</source>
            <translation>%1, Zeile %2: %3 Felder, erwartet %4</translation>
        </message>
        <message>
            <source>%1, line %2, field %3: '%4' is not a finite number</source>
            <translation>%1, Zeile %2, Feld %3: '%4' ist keine endliche Zahl</translation>
        </message>
        <message>
            <source>%1 holds no numeric rows</source>
            <translation>%1 enthält keine numerischen Zeilen</translation>
        </message>
        <message>
            <source>no column '%1' (the input has %2 columns: %3)</source>
            <translation>keine Spalte '%1' (die Eingabe hat %2 Spalten: %3)</translation>
        </message>
        <message>
            <source>Iterate a model and print its trajectory as CSV (a header line, then one row per recorded step: the step index and every state variable).

Example: neurodyn-cli simulate --model chialvo --param b=0.18 --x0 0.5,2 --steps 1000</source>
            <translation>Ein Modell iterieren und seine Trajektorie als CSV ausgeben (eine Kopfzeile, dann eine Zeile pro aufgezeichnetem Schritt: der Schrittindex und jede Zustandsvariable).

Beispiel: neurodyn-cli simulate --model chialvo --param b=0.18 --x0 0.5,2 --steps 1000</translation>
        </message>
        <message>
            <source>Model type (default chialvo).</source>
            <translation>Modelltyp (Standard chialvo).</translation>
        </message>
        <message>
            <source>type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Take model, parameters and initial state from a study file.</source>
            <translation>Modell, Parameter und Anfangszustand aus einer Studiendatei übernehmen.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Set a parameter, NAME=VALUE (repeatable).</source>
            <translation>Einen Parameter setzen, NAME=WERT (wiederholbar).</translation>
        </message>
        <message>
            <source>name=value</source>
            <translation>Name=Wert</translation>
        </message>
        <message>
            <source>Initial state, comma-separated (default: the model's).</source>
            <translation>Anfangszustand, durch Kommas getrennt (Standard: der des Modells).</translation>
        </message>
        <message>
            <source>values</source>
            <translation>Werte</translation>
        </message>
        <message>
            <source>Number of recorded rows (default 1000).</source>
            <translation>Anzahl der aufgezeichneten Zeilen (Standard 1000).</translation>
        </message>
        <message>
            <source>count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Steps discarded before the first row (default 0).</source>
            <translation>Vor der ersten Zeile verworfene Schritte (Standard 0).</translation>
        </message>
        <message>
            <source>Steps between recorded rows (default 1).</source>
            <translation>Schritte zwischen aufgezeichneten Zeilen (Standard 1).</translation>
        </message>
        <message>
            <source>|state| beyond this counts as escape (default 1e8).</source>
            <translation>|Zustand| jenseits dieses Werts gilt als Entweichen (Standard 1e8).</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Write to this file instead of standard output.</source>
            <translation>In diese Datei statt auf die Standardausgabe schreiben.</translation>
        </message>
        <message>
            <source>--param expects NAME=VALUE, got '%1'</source>
            <translation>--param erwartet NAME=WERT, erhalten: '%1'</translation>
        </message>
        <message>
            <source>--x0 expects comma-separated numbers, got '%1'</source>
            <translation>--x0 erwartet durch Kommas getrennte Zahlen, erhalten: '%1'</translation>
        </message>
        <message>
            <source>--steps must be a whole number from 1 to 1e9</source>
            <translation>--steps muss eine ganze Zahl von 1 bis 1e9 sein</translation>
        </message>
        <message>
            <source>--transient must be a whole number from 0 to 1e9</source>
            <translation>--transient muss eine ganze Zahl von 0 bis 1e9 sein</translation>
        </message>
        <message>
            <source>--stride must be a whole number from 1 to 1e9</source>
            <translation>--stride muss eine ganze Zahl von 1 bis 1e9 sein</translation>
        </message>
        <message>
            <source>--escape-bound must be a positive number</source>
            <translation>--escape-bound muss eine positive Zahl sein</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>cannot write to standard output</source>
            <translation>auf die Standardausgabe kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>writing %1 failed: %2</source>
            <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>warning: the orbit escaped at step %1 (%2); %3 rows written</source>
            <translation>Warnung: der Orbit ist bei Schritt %1 entwichen (%2); %3 Zeilen geschrieben</translation>
        </message>
        <message>
            <source>Run every analysis a study file describes and write each result into DIR as CSV plus a JSON twin with the settings, conventions and app version: trajectory.csv/.json always, orbit-diagram.csv/.json when the study has an orbit diagram (analyses.orbit_diagram), parameter-scan.csv/.json when it has a scan (analyses.parameter_scan). Builds with figures (NEURODYN_CLI_FIGURES) also draw orbit-diagram.png/.svg/.pdf.

Scale-out: under 'mpirun -np P' the orbit diagram and the scan are split into P column tiles, one per rank, and rank 0 writes one result identical to a single-process run. With --tile i/n (i = 0 .. n-1) only that tile is computed, into DIR/tile-i-of-n.ndtile; 'neurodyn-cli merge --out DIR TILES...' then writes the results (e.g. a Slurm job array with i = $SLURM_ARRAY_TASK_ID).</source>
            <translation>Jede Analyse einer Studiendatei ausführen und jedes Ergebnis als CSV mit einem JSON-Zwilling (Einstellungen, Konventionen, Programmversion) nach VERZEICHNIS schreiben: immer trajectory.csv/.json, orbit-diagram.csv/.json, wenn die Studie ein Orbitdiagramm hat (analyses.orbit_diagram), parameter-scan.csv/.json, wenn sie einen Parameterscan hat (analyses.parameter_scan). Builds mit Abbildungen (NEURODYN_CLI_FIGURES) zeichnen auch orbit-diagram.png/.svg/.pdf.

Skalierung: unter 'mpirun -np P' werden Orbitdiagramm und Scan in P Spaltenkacheln geteilt, eine pro Rang, und Rang 0 schreibt ein Ergebnis, das mit einem Lauf in einem Prozess identisch ist. Mit --tile i/n (i = 0 .. n-1) wird nur diese Kachel nach VERZEICHNIS/tile-i-of-n.ndtile berechnet; 'neurodyn-cli merge --out VERZEICHNIS KACHELN...' schreibt dann die Ergebnisse (z. B. ein Slurm-Job-Array mit i = $SLURM_ARRAY_TASK_ID).</translation>
        </message>
        <message>
            <source>a tile holds no %1 part</source>
            <translation>eine Kachel enthält keinen Teil %1</translation>
        </message>
        <message>
            <source>analyses.parameter_scan must be a non-empty object</source>
            <translation>analyses.parameter_scan muss ein nicht leeres Objekt sein</translation>
        </message>
        <message>
            <source>parameter scan, tile %1/%2</source>
            <translation>Parameterscan, Kachel %1/%2</translation>
        </message>
        <message>
            <source>parameter scan</source>
            <translation>Parameterscan</translation>
        </message>
        <message>
            <source>%1 needs parameter (text), from, to (numbers) and count (1 to 1e6)</source>
            <translation>%1 braucht parameter (Text), from, to (Zahlen) und count (1 bis 1e6)</translation>
        </message>
        <message>
            <source>%1.measure must be lyapunov, period, escape, mean or spike_rate, not '%2'</source>
            <translation>%1.measure muss lyapunov, period, escape, mean oder spike_rate sein, nicht '%2'</translation>
        </message>
        <message>
            <source>a parameter-scan tile does not match the study</source>
            <translation>eine Parameterscan-Kachel passt nicht zur Studie</translation>
        </message>
        <message>
            <source>parameter-scan column %1 appears in two tiles</source>
            <translation>Parameterscan-Spalte %1 kommt in zwei Kacheln vor</translation>
        </message>
        <message>
            <source>parameter-scan tile data for column %1 is damaged</source>
            <translation>die Kacheldaten der Parameterscan-Spalte %1 sind beschädigt</translation>
        </message>
        <message>
            <source>parameter-scan tile data for column %1 is truncated</source>
            <translation>die Kacheldaten der Parameterscan-Spalte %1 sind abgeschnitten</translation>
        </message>
        <message>
            <source>parameter-scan column %1 is in no tile</source>
            <translation>Parameterscan-Spalte %1 ist in keiner Kachel</translation>
        </message>
    </context>
</TS>
