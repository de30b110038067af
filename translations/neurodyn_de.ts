<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Analysis</name>
        <message>
            <source>the parameter range is empty</source>
            <translation>der Parameterbereich ist leer</translation>
        </message>
    </context>
    <context>
        <name>AnalysisResults</name>
        <message>
            <source>fixed points</source>
            <translation>Fixpunkte</translation>
        </message>
        <message>
            <source>Lyapunov exponents</source>
            <translation>Lyapunov-Exponenten</translation>
        </message>
        <message>
            <source>0-1 test</source>
            <translation>0-1-Test</translation>
        </message>
        <message>
            <source>sample entropy</source>
            <translation>Stichprobenentropie</translation>
        </message>
        <message>
            <source>synchrony</source>
            <translation>Synchronie</translation>
        </message>
        <message>
            <source>MFDFA</source>
            <translation>MFDFA</translation>
        </message>
        <message>
            <source>network spectrum</source>
            <translation>Netzwerkspektrum</translation>
        </message>
        <message>
            <source>continuation</source>
            <translation>Fortsetzung</translation>
        </message>
        <message>
            <source>basins</source>
            <translation>Einzugsgebiete</translation>
        </message>
        <message>
            <source>Lyapunov spectrum along a parameter</source>
            <translation>Lyapunov-Spektrum entlang eines Parameters</translation>
        </message>
        <message>
            <source>AKOrN run</source>
            <translation>AKOrN-Lauf</translation>
        </message>
        <message>
            <source>attractors</source>
            <translation>Attraktoren</translation>
        </message>
        <message>
            <source>NeuroMFA over training</source>
            <translation>NeuroMFA über das Training</translation>
        </message>
        <message>
            <source>multiscale entropy</source>
            <translation>Multiskalen-Entropie</translation>
        </message>
        <message>
            <source>permutation entropy</source>
            <translation>Permutationsentropie</translation>
        </message>
        <message>
            <source>approximate entropy</source>
            <translation>approximative Entropie</translation>
        </message>
        <message>
            <source>embedding choices</source>
            <translation>Einbettungswahl</translation>
        </message>
        <message>
            <source>recurrence quantification</source>
            <translation>Rekurrenzquantifizierung</translation>
        </message>
    </context>
    <context>
        <name>AttractorsResult</name>
        <message>
            <source>attractors parameter value %1 appears in two tiles</source>
            <translation>Attraktoren: Parameterwert %1 kommt in zwei Kacheln vor</translation>
        </message>
        <message>
            <source>attractors parameter value %1 is in no tile</source>
            <translation>Attraktoren: Parameterwert %1 ist in keiner Kachel</translation>
        </message>
        <message>
            <source>attractors tile %1: its columns [%2, %3) are not in the axis of %4 values</source>
            <translation>Attraktor-Kachel %1: Ihre Spalten [%2, %3) liegen nicht in der Achse mit %4 Werten</translation>
        </message>
        <message>
            <source>attractors tile %1, parameter value %2: the field '%3' is damaged, truncated or out of range</source>
            <translation>Attraktor-Kachel %1, Parameterwert %2: Das Feld '%3' ist beschädigt, abgeschnitten oder außerhalb des zulässigen Bereichs</translation>
        </message>
        <message>
            <source>attractors tile %1 has bytes after its last column</source>
            <translation>Attraktor-Kachel %1 hat Bytes nach ihrer letzten Spalte</translation>
        </message>
    </context>
    <context>
        <name>BasinsResult</name>
        <message>
            <source>a basins tile does not match the study</source>
            <translation>eine Einzugsgebiets-Kachel passt nicht zur Studie</translation>
        </message>
        <message>
            <source>basins row %1 appears in two tiles</source>
            <translation>Einzugsgebiets-Zeile %1 kommt in zwei Kacheln vor</translation>
        </message>
        <message>
            <source>basins tile data for row %1 is truncated</source>
            <translation>die Kacheldaten der Einzugsgebiets-Zeile %1 sind abgeschnitten</translation>
        </message>
        <message>
            <source>basins tile data for row %1 is damaged</source>
            <translation>die Kacheldaten der Einzugsgebiets-Zeile %1 sind beschädigt</translation>
        </message>
        <message>
            <source>basins row %1 is in no tile</source>
            <translation>Einzugsgebiets-Zeile %1 ist in keiner Kachel</translation>
        </message>
    </context>
    <context>
        <name>BranchOverlay</name>
        <message>
            <source>fold (LP) curve</source>
            <translation>Faltungskurve (LP)</translation>
        </message>
        <message>
            <source>flip (PD) curve</source>
            <translation>Flip-Kurve (PD)</translation>
        </message>
        <message>
            <source>Neimark-Sacker (NS) curve</source>
            <translation>Neimark-Sacker-Kurve (NS)</translation>
        </message>
        <message>
            <source>period-%1 branch</source>
            <translation>Zweig der Periode %1</translation>
        </message>
        <message>
            <source>period-%1 branch in %2</source>
            <translation>Zweig der Periode %1 in %2</translation>
        </message>
        <message>
            <source>super</source>
            <translation>super</translation>
        </message>
        <message>
            <source>sub</source>
            <translation>sub</translation>
        </message>
        <message>
            <source>degenerate</source>
            <translation>entartet</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>undefiniert</translation>
        </message>
        <message>
            <source>1:%1?</source>
            <translation>1:%1?</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>supercritical</source>
            <translation>superkritisch</translation>
        </message>
        <message>
            <source>subcritical</source>
            <translation>subkritisch</translation>
        </message>
        <message>
            <source>fold (nondegenerate)</source>
            <translation>Falte (nichtentartet)</translation>
        </message>
        <message>
            <source>degenerate (cusp?)</source>
            <translation>entartet (Spitze?)</translation>
        </message>
        <message>
            <source>degenerate (generalised flip?)</source>
            <translation>entartet (verallgemeinerter Flip?)</translation>
        </message>
        <message>
            <source>degenerate (Chenciner?)</source>
            <translation>entartet (Chenciner?)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>neurodyn-cli: unknown command '%1'
</source>
            <translation>neurodyn-cli: unbekannter Befehl '%1'
</translation>
        </message>
        <message>
            <source>unknown option '%1'</source>
            <translation>unbekannte Option '%1'</translation>
        </message>
        <message>
            <source>unknown option '%1' (did you mean %2?)</source>
            <translation>unbekannte Option '%1' (meinten Sie %2?)</translation>
        </message>
        <message>
            <source>neurodyn-cli: unknown command '%1' (did you mean %2?)
</source>
            <translation>neurodyn-cli: unbekannter Befehl '%1' (meinten Sie %2?)
</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Diese Hilfe anzeigen.</translation>
        </message>
        <message>
            <source>note: %1</source>
            <translation>Hinweis: %1</translation>
        </message>
        <message>
            <source>%1 is deprecated, use %2</source>
            <translation>%1 ist veraltet, verwenden Sie %2</translation>
        </message>
        <message>
            <source>Usage: neurodyn-cli COMMAND [options]

Commands:
  simulate   iterate a map or integrate a flow, print its trajectory as CSV
  run        run every analysis of a study file, writing CSV + JSON (MPI-aware)
  merge      merge the tiles of 'run --tile i/n' into the results
  measure    run one measure on a series or edge-list file and print JSON
  examples   list the built-in example studies
  example    write a built-in example as a study file
  models     list the models, or one model's parameters, settings and variables
  import-ode import an XPPAUT model (.ode file) as a study of a typed model
  neuromfa   NeuroMFA spectra and emergence over a model's training checkpoints

Run 'neurodyn-cli COMMAND --help' for a command's options.
</source>
            <translation>Aufruf: neurodyn-cli BEFEHL [Optionen]

Befehle:
  simulate   eine Abbildung iterieren oder einen Fluss integrieren, Trajektorie als CSV ausgeben
  run        jede Analyse einer Studiendatei ausführen, CSV + JSON schreiben (MPI-fähig)
  merge      die Kacheln von 'run --tile i/n' zu den Ergebnissen zusammenführen
  measure    eine Messgröße auf eine Reihe oder Kantenliste anwenden und JSON ausgeben
  examples   die eingebauten Beispielstudien auflisten
  example    ein eingebautes Beispiel als Studiendatei schreiben
  models     die Modelle auflisten, oder Parameter, Einstellungen und Variablen eines Modells
  import-ode ein XPPAUT-Modell (.ode-Datei) als Studie eines eingegebenen Modells importieren
  neuromfa   NeuroMFA-Spektren und Emergenz über die Trainings-Checkpoints eines Modells

'neurodyn-cli BEFEHL --help' zeigt die Optionen eines Befehls.
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
        <message>
            <source>Cool-warm (diverging)</source>
            <translation>Kalt-warm (divergierend)</translation>
        </message>
        <message>
            <source>Bright on black (colour map)</source>
            <translation>Hell auf Schwarz (Farbskala)</translation>
        </message>
        <message>
            <source>Dark ink on white</source>
            <translation>Dunkle Tinte auf Weiß</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingControls</name>
        <message>
            <source>%1 from:</source>
            <translation>%1 aus:</translation>
        </message>
        <message>
            <source>%1: the number given, or chosen from the series by false nearest neighbours (fnn) or Cao's E1 (cao) at the delay in use, as the embedding dock does; surrogates keep the series' choice</source>
            <translation>%1: die angegebene Zahl, oder aus der Reihe gewählt durch falsche nächste Nachbarn (fnn) oder Caos E1 (cao) bei der verwendeten Verzögerung, wie im Einbettungs-Dock; Surrogate behalten die Wahl der Reihe</translation>
        </message>
        <message>
            <source>given</source>
            <translation>gegeben</translation>
        </message>
        <message>
            <source>%1: the number given, the first minimum of the average mutual information above its independence level (ami), or the first zero of the autocorrelation (acf); surrogates keep the series' choice</source>
            <translation>%1: die angegebene Zahl, das erste Minimum der mittleren Transinformation über ihrem Unabhängigkeitsniveau (ami) oder die erste Nullstelle der Autokorrelation (acf); Surrogate behalten die Wahl der Reihe</translation>
        </message>
    </context>
    <context>
        <name>EmbeddingOptions</name>
        <message>
            <source>--%1 must be a whole number from %2 to %3</source>
            <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
        </message>
    </context>
    <context>
        <name>EngineMessage</name>
        <message>
            <source>%1 needs about %2 MiB, more than the limit of %3 MiB; reduce the sizes (fewer columns, cells, bins, samples or kept points)</source>
            <translation>%1 braucht etwa %2 MiB, mehr als die Grenze von %3 MiB; verkleinern Sie die Größen (weniger Spalten, Zellen, Klassen, Stichproben oder behaltene Punkte)</translation>
        </message>
        <message>
            <source>%1: %2 has no parameter named '%3'</source>
            <translation>%1: %2 hat keinen Parameter namens '%3'</translation>
        </message>
        <message>
            <source>%1: parameter index %2 does not exist</source>
            <translation>%1: Parameterindex %2 existiert nicht</translation>
        </message>
        <message>
            <source>%1: the number of values must be &gt;= 1 (got %2)</source>
            <translation>%1: die Anzahl der Werte muss &gt;= 1 sein (erhalten: %2)</translation>
        </message>
        <message>
            <source>%1: %2 values is more than the limit of %3</source>
            <translation>%1: %2 Werte sind mehr als die Grenze von %3</translation>
        </message>
        <message>
            <source>%1: the range is empty (start and end are both %2)</source>
            <translation>%1: der Bereich ist leer (Anfang und Ende sind beide %2)</translation>
        </message>
        <message>
            <source>%1: %2 = %3 is outside its valid range [%4, %5]</source>
            <translation>%1: %2 = %3 liegt außerhalb des gültigen Bereichs [%4, %5]</translation>
        </message>
        <message>
            <source>%1 has %2 values but %3 has %4 state variables</source>
            <translation>%1 hat %2 Werte, aber %3 hat %4 Zustandsvariablen</translation>
        </message>
        <message>
            <source>%1: the integration step must be a positive number (got %2)</source>
            <translation>%1: die Integrationsschrittweite muss eine positive Zahl sein (erhalten: %2)</translation>
        </message>
        <message>
            <source>basins: %1 cell outcomes do not fill a %2 x %3 grid</source>
            <translation>Einzugsgebiete: %1 Zellergebnisse füllen kein %2 x %3-Gitter</translation>
        </message>
        <message>
            <source>basins: a cell's fingerprint does not fit the model's dimension</source>
            <translation>Einzugsgebiete: der Fingerabdruck einer Zelle passt nicht zur Dimension des Modells</translation>
        </message>
        <message>
            <source>%1: state variable index %2 does not exist</source>
            <translation>%1: Zustandsvariablenindex %2 existiert nicht</translation>
        </message>
        <message>
            <source>%1: the number of grid points must be in [1, %2]</source>
            <translation>%1: die Anzahl der Gitterpunkte muss in [1, %2] liegen</translation>
        </message>
        <message>
            <source>%1: the range is empty</source>
            <translation>%1: der Bereich ist leer</translation>
        </message>
        <message>
            <source>%1: the two axes use the same state variable</source>
            <translation>%1: beide Achsen verwenden dieselbe Zustandsvariable</translation>
        </message>
        <message>
            <source>%1: the transient must be &gt;= 0</source>
            <translation>%1: der Einschwingvorgang muss &gt;= 0 sein</translation>
        </message>
        <message>
            <source>%1: the largest period must be &gt;= 1</source>
            <translation>%1: die größte Periode muss &gt;= 1 sein</translation>
        </message>
        <message>
            <source>%1: the fingerprint window must be at least twice the largest period (and sane)</source>
            <translation>%1: das Fingerabdruck-Fenster muss mindestens doppelt so lang wie die größte Periode sein (und vernünftig)</translation>
        </message>
        <message>
            <source>%1: tolerances must be positive</source>
            <translation>%1: Toleranzen müssen positiv sein</translation>
        </message>
        <message>
            <source>%1: the escape bound must be positive</source>
            <translation>%1: die Fluchtschranke muss positiv sein</translation>
        </message>
        <message>
            <source>%1: the tile size must be &gt;= 1</source>
            <translation>%1: die Kachelgröße muss &gt;= 1 sein</translation>
        </message>
        <message>
            <source>basins: rows [%1, %2) are not in the grid of %3 rows</source>
            <translation>Einzugsgebiete: die Zeilen [%1, %2) liegen nicht im Gitter mit %3 Zeilen</translation>
        </message>
        <message>
            <source>%1: the number of exponents must be between 0 (all) and %2</source>
            <translation>%1: die Anzahl der Exponenten muss zwischen 0 (alle) und %2 liegen</translation>
        </message>
        <message>
            <source>%1: the number of steps must be &gt;= 1 (got %2)</source>
            <translation>%1: die Anzahl der Schritte muss &gt;= 1 sein (erhalten: %2)</translation>
        </message>
        <message>
            <source>%1: the re-orthonormalisation interval must be &gt;= 1</source>
            <translation>%1: das Reorthonormierungsintervall muss &gt;= 1 sein</translation>
        </message>
        <message>
            <source>%1: the convergence curve must have between 0 and 1000000 points</source>
            <translation>%1: die Konvergenzkurve muss zwischen 0 und 1000000 Punkte haben</translation>
        </message>
        <message>
            <source>%1: the initial state has %2 values but %3 has %4</source>
            <translation>%1: der Anfangszustand hat %2 Werte, aber %3 hat %4</translation>
        </message>
        <message>
            <source>%1: the observable uses no state variable</source>
            <translation>%1: die Observable verwendet keine Zustandsvariable</translation>
        </message>
        <message>
            <source>%1: state variable index %2 does not exist (%3 has %4)</source>
            <translation>%1: Zustandsvariablenindex %2 existiert nicht (%3 hat %4)</translation>
        </message>
        <message>
            <source>%1: the transient must be &gt;= 0 (got %2)</source>
            <translation>%1: der Einschwingvorgang muss &gt;= 0 sein (erhalten: %2)</translation>
        </message>
        <message>
            <source>%1: the number of samples must be &gt;= 1 (got %2)</source>
            <translation>%1: die Anzahl der Stichproben muss &gt;= 1 sein (erhalten: %2)</translation>
        </message>
        <message>
            <source>%1: transient or samples is absurdly large</source>
            <translation>%1: Einschwingvorgang oder Stichprobenzahl ist unsinnig groß</translation>
        </message>
        <message>
            <source>%1: the number of bins must be in [1, 1000000] (got %2)</source>
            <translation>%1: die Anzahl der Klassen muss in [1, 1000000] liegen (erhalten: %2)</translation>
        </message>
        <message>
            <source>%1: the bin range is empty (start must be below end)</source>
            <translation>%1: der Klassenbereich ist leer (der Anfang muss unter dem Ende liegen)</translation>
        </message>
        <message>
            <source>%1: initial conditions per column must be in [1, 100000]</source>
            <translation>%1: die Anfangsbedingungen pro Spalte müssen in [1, 100000] liegen</translation>
        </message>
        <message>
            <source>%1: the initial-state box needs %2 lower and upper bounds</source>
            <translation>%1: der Anfangszustandsquader braucht %2 untere und obere Schranken</translation>
        </message>
        <message>
            <source>%1: initial-state box lower bound above upper bound for variable %2</source>
            <translation>%1: untere Schranke des Anfangszustandsquaders liegt über der oberen für Variable %2</translation>
        </message>
        <message>
            <source>%1: tile size must be &gt;= 1 column</source>
            <translation>%1: die Kachelgröße muss &gt;= 1 Spalte sein</translation>
        </message>
        <message>
            <source>period detection: the largest period must be &gt;= 1 (got %1)</source>
            <translation>Periodenerkennung: die größte Periode muss &gt;= 1 sein (erhalten: %1)</translation>
        </message>
        <message>
            <source>period detection: the transient must be &gt;= 0</source>
            <translation>Periodenerkennung: der Einschwingvorgang muss &gt;= 0 sein</translation>
        </message>
        <message>
            <source>period detection: the window (%1) must be at least twice the largest period (%2)</source>
            <translation>Periodenerkennung: das Fenster (%1) muss mindestens doppelt so lang wie die größte Periode (%2) sein</translation>
        </message>
        <message>
            <source>period detection: a window of %1 iterations is too long</source>
            <translation>Periodenerkennung: ein Fenster von %1 Iterationen ist zu lang</translation>
        </message>
        <message>
            <source>period detection: the tolerance must be a positive number</source>
            <translation>Periodenerkennung: die Toleranz muss eine positive Zahl sein</translation>
        </message>
        <message>
            <source>period detection: the escape bound must be positive</source>
            <translation>Periodenerkennung: die Fluchtschranke muss positiv sein</translation>
        </message>
        <message>
            <source>period detection: the initial state has the wrong size</source>
            <translation>Periodenerkennung: der Anfangszustand hat die falsche Größe</translation>
        </message>
        <message>
            <source>scan: the x and y axes use the same parameter</source>
            <translation>Scan: die x- und y-Achse verwenden denselben Parameter</translation>
        </message>
        <message>
            <source>scan: the tile size must be &gt;= 1</source>
            <translation>Scan: die Kachelgröße muss &gt;= 1 sein</translation>
        </message>
        <message>
            <source>%1: the number of observed steps must be &gt;= 1</source>
            <translation>%1: die Anzahl der beobachteten Schritte muss &gt;= 1 sein</translation>
        </message>
        <message>
            <source>largest Lyapunov exponent: steps must be &gt;= 1 and the transient &gt;= 0</source>
            <translation>größter Lyapunov-Exponent: die Schritte müssen &gt;= 1 und der Einschwingvorgang &gt;= 0 sein</translation>
        </message>
        <message>
            <source>%1: no state variable chosen</source>
            <translation>%1: keine Zustandsvariable gewählt</translation>
        </message>
        <message>
            <source>%1: the sampling stride must be &gt;= 1</source>
            <translation>%1: die Abtastschrittweite muss &gt;= 1 sein</translation>
        </message>
        <message>
            <source>%1: the recorded series per cell would exceed 50 million values</source>
            <translation>%1: die aufgezeichnete Reihe pro Zelle würde 50 Millionen Werte überschreiten</translation>
        </message>
        <message>
            <source>cross-correlation: hub %1 is not a node (there are %2)</source>
            <translation>Kreuzkorrelation: Hub %1 ist kein Knoten (es gibt %2)</translation>
        </message>
        <message>
            <source>Kuramoto R: %1%2</source>
            <translation>Kuramoto-R: %1%2</translation>
        </message>
        <message>
            <source>%1: %2 phases do not fit: %3; valid for this model: %4</source>
            <translation>%1: %2-Phasen passen nicht: %3; für dieses Modell gültig: %4</translation>
        </message>
        <message>
            <source>%1 must be a finite number (got %2)</source>
            <translation>%1 muss eine endliche Zahl sein (erhalten: %2)</translation>
        </message>
        <message>
            <source>autocorrelation: the largest lag must be below the sequence length</source>
            <translation>Autokorrelation: die größte Verschiebung muss kleiner als die Folgenlänge sein</translation>
        </message>
        <message>
            <source>autocorrelation: sequence longer than planned</source>
            <translation>Autokorrelation: Folge länger als geplant</translation>
        </message>
        <message>
            <source>%1 is too short: %2 samples, at least %3 needed</source>
            <translation>%1 ist zu kurz: %2 Stichproben, mindestens %3 nötig</translation>
        </message>
        <message>
            <source>%1 holds a non-finite value (%2) at index %3</source>
            <translation>%1 enthält einen nicht endlichen Wert (%2) bei Index %3</translation>
        </message>
        <message>
            <source>series matrix size mismatch: expected samples x nodes = %1 values, got %2</source>
            <translation>Größe der Reihenmatrix passt nicht: erwartet Stichproben x Knoten = %1 Werte, erhalten %2</translation>
        </message>
        <message>
            <source>series matrix size mismatch: expected nodes x samples = %1 values, got %2</source>
            <translation>Größe der Reihenmatrix passt nicht: erwartet Knoten x Stichproben = %1 Werte, erhalten %2</translation>
        </message>
        <message>
            <source>%1 has %2 nodes, at least %3 needed</source>
            <translation>%1 hat %2 Knoten, mindestens %3 nötig</translation>
        </message>
        <message>
            <source>%1 holds a non-finite value (%2) at sample %3, node %4</source>
            <translation>%1 enthält einen nicht endlichen Wert (%2) bei Stichprobe %3, Knoten %4</translation>
        </message>
        <message>
            <source>MFDFA: detrending order must be in 0..8 (got %1)</source>
            <translation>MFDFA: die Trendbereinigungsordnung muss in 0..8 liegen (erhalten: %1)</translation>
        </message>
        <message>
            <source>MFDFA: zero-variance tolerance must be in [0, 1)</source>
            <translation>MFDFA: die Null-Varianz-Toleranz muss in [0, 1) liegen</translation>
        </message>
        <message>
            <source>MFDFA: at least two scales are needed (scale count %1)</source>
            <translation>MFDFA: mindestens zwei Skalen sind nötig (Skalenanzahl %1)</translation>
        </message>
        <message>
            <source>MFDFA: scale range [%1, %2] must lie in [order + 2, N / 2] = [%3, %4] with min &lt; max (series too short?)</source>
            <translation>MFDFA: der Skalenbereich [%1, %2] muss in [Ordnung + 2, N / 2] = [%3, %4] liegen, mit min &lt; max (Reihe zu kurz?)</translation>
        </message>
        <message>
            <source>MFDFA: at least two distinct scales are needed</source>
            <translation>MFDFA: mindestens zwei verschiedene Skalen sind nötig</translation>
        </message>
        <message>
            <source>MFDFA: scale %1 lies outside [order + 2, N / 2] = [%2, %3]</source>
            <translation>MFDFA: die Skala %1 liegt außerhalb von [Ordnung + 2, N / 2] = [%2, %3]</translation>
        </message>
        <message>
            <source>MFDFA: scales must be strictly increasing (%1 after %2)</source>
            <translation>MFDFA: die Skalen müssen streng steigen (%1 nach %2)</translation>
        </message>
        <message>
            <source>network spectrum: the graph is empty (no nodes)</source>
            <translation>Netzwerkspektrum: der Graph ist leer (keine Knoten)</translation>
        </message>
        <message>
            <source>network spectrum: edge %1 names node %2 but the graph has %3 nodes</source>
            <translation>Netzwerkspektrum: Kante %1 nennt Knoten %2, aber der Graph hat %3 Knoten</translation>
        </message>
        <message>
            <source>network spectrum: the graph is empty (no edge with a nonzero weight)</source>
            <translation>Netzwerkspektrum: der Graph ist leer (keine Kante mit Gewicht ungleich null)</translation>
        </message>
        <message>
            <source>coupling matrix: expected %1 entries for %2 nodes, got %3</source>
            <translation>Kopplungsmatrix: %1 Einträge für %2 Knoten erwartet, %3 erhalten</translation>
        </message>
        <message>
            <source>shortest distances: source node %1 does not exist</source>
            <translation>kürzeste Abstände: Startknoten %1 existiert nicht</translation>
        </message>
        <message>
            <source>network spectrum: at least two radii are needed (radius count %1)</source>
            <translation>Netzwerkspektrum: mindestens zwei Radien sind nötig (Radienanzahl %1)</translation>
        </message>
        <message>
            <source>network spectrum: radii must be positive and strictly increasing</source>
            <translation>Netzwerkspektrum: Radien müssen positiv sein und streng steigen</translation>
        </message>
        <message>
            <source>network spectrum: at least two radii are needed</source>
            <translation>Netzwerkspektrum: mindestens zwei Radien sind nötig</translation>
        </message>
        <message>
            <source>sample entropy: m (template length) must be &gt;= 1 (got %1)</source>
            <translation>Stichprobenentropie: m (Musterlänge) muss &gt;= 1 sein (erhalten: %1)</translation>
        </message>
        <message>
            <source>sample entropy: lag must be &gt;= 1 (got %1)</source>
            <translation>Stichprobenentropie: die Verzögerung muss &gt;= 1 sein (erhalten: %1)</translation>
        </message>
        <message>
            <source>sample entropy: ddof must be 0 or 1 (got %1)</source>
            <translation>Stichprobenentropie: ddof muss 0 oder 1 sein (erhalten: %1)</translation>
        </message>
        <message>
            <source>line fit: needs at least two (x, y) points of equal count</source>
            <translation>Geradenanpassung: braucht mindestens zwei (x, y)-Punkte gleicher Anzahl</translation>
        </message>
        <message>
            <source>line fit: all x values are equal</source>
            <translation>Geradenanpassung: alle x-Werte sind gleich</translation>
        </message>
        <message>
            <source>%1: the q grid is empty</source>
            <translation>%1: das q-Gitter ist leer</translation>
        </message>
        <message>
            <source>cross-correlation: hub index %1 is not a node (there are %2)</source>
            <translation>Kreuzkorrelation: Hub-Index %1 ist kein Knoten (es gibt %2)</translation>
        </message>
        <message>
            <source>geometric phases: x and y must have the same samples and nodes</source>
            <translation>geometrische Phasen: x und y müssen dieselben Stichproben und Knoten haben</translation>
        </message>
        <message>
            <source>arctan phases: x and y must have the same samples and nodes</source>
            <translation>Arctan-Phasen: x und y müssen dieselben Stichproben und Knoten haben</translation>
        </message>
        <message>
            <source>Hilbert phases: the series is longer than one FFT can take</source>
            <translation>Hilbert-Phasen: die Reihe ist länger, als eine FFT fassen kann</translation>
        </message>
        <message>
            <source>Hilbert phases: node %1 has a non-finite value</source>
            <translation>Hilbert-Phasen: Knoten %1 hat einen nicht endlichen Wert</translation>
        </message>
        <message>
            <source>%1 phases need a second per-node variable y</source>
            <translation>%1-Phasen brauchen eine zweite Knotenvariable y</translation>
        </message>
        <message>
            <source>0-1 test: n_cut must be in [3, N - 1] (got %1 for N = %2)</source>
            <translation>0-1-Test: n_cut muss in [3, N - 1] liegen (erhalten: %1 bei N = %2)</translation>
        </message>
        <message>
            <source>0-1 test: the number of c values must be &gt;= 1 (got %1)</source>
            <translation>0-1-Test: die Anzahl der c-Werte muss &gt;= 1 sein (erhalten: %1)</translation>
        </message>
        <message>
            <source>0-1 test: the c range minimum must be below its maximum</source>
            <translation>0-1-Test: das Minimum des c-Bereichs muss unter seinem Maximum liegen</translation>
        </message>
        <message>
            <source>%1: parameter index %2 out of range</source>
            <translation>%1: Parameterindex %2 außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>%1 has no parameter named '%2'</source>
            <translation>%1 hat keinen Parameter namens '%2'</translation>
        </message>
        <message>
            <source>%1 parameter '%2' = %3 is outside its valid range [%4, %5]</source>
            <translation>%1-Parameter '%2' = %3 liegt außerhalb des gültigen Bereichs [%4, %5]</translation>
        </message>
        <message>
            <source>%1: '%2' is not a number</source>
            <translation>%1: '%2' ist keine Zahl</translation>
        </message>
        <message>
            <source>%1: every value must be finite (got '%2')</source>
            <translation>%1: jeder Wert muss endlich sein (erhalten: '%2')</translation>
        </message>
        <message>
            <source>%1 has no setting named '%2'</source>
            <translation>%1 hat keine Einstellung namens '%2'</translation>
        </message>
        <message>
            <source>unknown model type '%1' (known: %2)</source>
            <translation>unbekannter Modelltyp '%1' (bekannt: %2)</translation>
        </message>
        <message>
            <source>%1 is a map, not an ODE: use simulateMap</source>
            <translation>%1 ist eine Abbildung, keine DGL: simulateMap verwenden</translation>
        </message>
        <message>
            <source>time step dt must be a positive finite number</source>
            <translation>die Zeitschrittweite dt muss eine positive endliche Zahl sein</translation>
        </message>
        <message>
            <source>integration tolerances must be positive</source>
            <translation>Integrationstoleranzen müssen positiv sein</translation>
        </message>
        <message>
            <source>initial state has %1 values but %2 has %3 state variables</source>
            <translation>der Anfangszustand hat %1 Werte, aber %2 hat %3 Zustandsvariablen</translation>
        </message>
        <message>
            <source>transient must be &gt;= 0 (got %1)</source>
            <translation>der Einschwingvorgang muss &gt;= 0 sein (erhalten: %1)</translation>
        </message>
        <message>
            <source>the number of samples must be &gt;= 1 (got %1)</source>
            <translation>die Anzahl der Stichproben muss &gt;= 1 sein (erhalten: %1)</translation>
        </message>
        <message>
            <source>stride must be &gt;= 1 (got %1)</source>
            <translation>die Schrittweite muss &gt;= 1 sein (erhalten: %1)</translation>
        </message>
        <message>
            <source>escape bound must be positive</source>
            <translation>die Fluchtschranke muss positiv sein</translation>
        </message>
        <message>
            <source>recorded variable index %1 does not exist</source>
            <translation>der Index %1 der aufgezeichneten Variablen existiert nicht</translation>
        </message>
        <message>
            <source>recording %1 samples of %2 variables needs about %3 GB; reduce the samples or raise the stride</source>
            <translation>%1 Stichproben von %2 Variablen aufzuzeichnen braucht etwa %3 GB; verringern Sie die Stichproben oder erhöhen Sie die Schrittweite</translation>
        </message>
        <message>
            <source>%1: there are no parameter values</source>
            <translation>%1: es gibt keine Parameterwerte</translation>
        </message>
        <message>
            <source>%1: a linked parameter needs a name</source>
            <translation>%1: ein verknüpfter Parameter braucht einen Namen</translation>
        </message>
        <message>
            <source>%1: link '%2' has the name of a parameter of the model</source>
            <translation>%1: die Verknüpfung '%2' trägt den Namen eines Parameters des Modells</translation>
        </message>
        <message>
            <source>%1: two links are named '%2'</source>
            <translation>%1: zwei Verknüpfungen heißen '%2'</translation>
        </message>
        <message>
            <source>%1: link '%2' sets no parameter</source>
            <translation>%1: die Verknüpfung '%2' setzt keinen Parameter</translation>
        </message>
        <message>
            <source>%1: link '%2' sets '%3', which is not a parameter of the model</source>
            <translation>%1: die Verknüpfung '%2' setzt '%3', das kein Parameter des Modells ist</translation>
        </message>
        <message>
            <source>%1: link '%2': the scale of '%3' must be a non-zero number (got %4)</source>
            <translation>%1: Verknüpfung '%2': der Faktor von '%3' muss eine von null verschiedene Zahl sein (erhalten: %4)</translation>
        </message>
        <message>
            <source>%1: link '%2': the offset of '%3' must be a finite number (got %4)</source>
            <translation>%1: Verknüpfung '%2': der Versatz von '%3' muss eine endliche Zahl sein (erhalten: %4)</translation>
        </message>
        <message>
            <source>%1: '%2' is set twice (by link '%3' and by link '%4')</source>
            <translation>%1: '%2' wird zweimal gesetzt (von der Verknüpfung '%3' und von der Verknüpfung '%4')</translation>
        </message>
        <message>
            <source>%1: the links form a cycle (%2)</source>
            <translation>%1: die Verknüpfungen bilden einen Zyklus (%2)</translation>
        </message>
        <message>
            <source>%1: link '%2': no value keeps all its targets in their valid ranges</source>
            <translation>%1: Verknüpfung '%2': kein Wert hält alle ihre Ziele in ihren gültigen Bereichen</translation>
        </message>
        <message>
            <source>the character '%1' has no counterpart</source>
            <translation>das Zeichen '%1' hat keine Entsprechung</translation>
        </message>
        <message>
            <source>the byte %1 (a control character or not ASCII) outside a comment</source>
            <translation>das Byte %1 (ein Steuerzeichen oder kein ASCII) außerhalb eines Kommentars</translation>
        </message>
        <message>
            <source>nested more than %1 deep</source>
            <translation>mehr als %1 Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <source>an expression is missing</source>
            <translation>ein Ausdruck fehlt</translation>
        </message>
        <message>
            <source>a '(' is not closed</source>
            <translation>eine '(' ist nicht geschlossen</translation>
        </message>
        <message>
            <source>'%1' has no counterpart in an expression</source>
            <translation>'%1' hat in einem Ausdruck keine Entsprechung</translation>
        </message>
        <message>
            <source>the time t has no counterpart (typed models are autonomous)</source>
            <translation>die Zeit t hat keine Entsprechung (eingegebene Modelle sind autonom)</translation>
        </message>
        <message>
            <source>unknown name '%1'</source>
            <translation>unbekannter Name '%1'</translation>
        </message>
        <message>
            <source>if(...) is not followed by then(...)else(...)</source>
            <translation>auf if(...) folgt nicht then(...)else(...)</translation>
        </message>
        <message>
            <source>%1 takes %2 arguments, not %3</source>
            <translation>%1 nimmt %2 Argumente, nicht %3</translation>
        </message>
        <message>
            <source>XPP's function %1 has no counterpart</source>
            <translation>XPPs Funktion %1 hat keine Entsprechung</translation>
        </message>
        <message>
            <source>unknown function '%1'</source>
            <translation>unbekannte Funktion '%1'</translation>
        </message>
        <message>
            <source>expected name=value at '%1'</source>
            <translation>erwartet: name=Wert bei '%1'</translation>
        </message>
        <message>
            <source>the value of %1 is not a number</source>
            <translation>der Wert von %1 ist keine Zahl</translation>
        </message>
        <message>
            <source>the value of %1 is not a finite number</source>
            <translation>der Wert von %1 ist keine endliche Zahl</translation>
        </message>
        <message>
            <source>an @ option (numerics, plotting) is ignored: set it in the study</source>
            <translation>eine @-Option (Numerik, Darstellung) wird ignoriert: in der Studie einstellen</translation>
        </message>
        <message>
            <source>XPP's '%1' statement has no counterpart</source>
            <translation>XPPs Anweisung '%1' hat keine Entsprechung</translation>
        </message>
        <message>
            <source>not an XPP statement this import understands</source>
            <translation>keine XPP-Anweisung, die dieser Import versteht</translation>
        </message>
        <message>
            <source>expected !name=expression</source>
            <translation>erwartet: !name=Ausdruck</translation>
        </message>
        <message>
            <source>expected aux name=expression</source>
            <translation>erwartet: aux name=Ausdruck</translation>
        </message>
        <message>
            <source>XPP arrays (name[i..j]) have no counterpart</source>
            <translation>XPP-Felder (name[i..j]) haben keine Entsprechung</translation>
        </message>
        <message>
            <source>the file has %1 bytes, more than the limit of %2</source>
            <translation>die Datei hat %1 Bytes, mehr als die Grenze von %2</translation>
        </message>
        <message>
            <source>an ODE in a file of maps (x(t+1)=): a model is one or the other</source>
            <translation>eine DGL in einer Datei von Abbildungen (x(t+1)=): ein Modell ist das eine oder das andere</translation>
        </message>
        <message>
            <source>a map equation in a file of ODEs: a model is one or the other</source>
            <translation>eine Abbildungsgleichung in einer Datei von DGLs: ein Modell ist das eine oder das andere</translation>
        </message>
        <message>
            <source>a second equation for %1</source>
            <translation>eine zweite Gleichung für %1</translation>
        </message>
        <message>
            <source>no equation (x(t+1)=, dx/dt= or x'=) could be read</source>
            <translation>keine Gleichung (x(t+1)=, dx/dt= oder x'=) konnte gelesen werden</translation>
        </message>
        <message>
            <source>an initial value for %1, which has no equation</source>
            <translation>ein Anfangswert für %1, das keine Gleichung hat</translation>
        </message>
        <message>
            <source>%1 is defined twice</source>
            <translation>%1 ist zweimal definiert</translation>
        </message>
        <message>
            <source>the equation of %1 could not be translated: %2</source>
            <translation>die Gleichung von %1 konnte nicht übersetzt werden: %2</translation>
        </message>
        <message>
            <source>%1 is a reserved name in NeuroDyn's model language: renamed %2</source>
            <translation>%1 ist in NeuroDyns Modellsprache ein reservierter Name: umbenannt in %2</translation>
        </message>
        <message>
            <source>names lower-cased: XPPAUT ignores case, NeuroDyn's model language does not</source>
            <translation>Namen kleingeschrieben: XPPAUT ignoriert Groß- und Kleinschreibung, NeuroDyns Modellsprache nicht</translation>
        </message>
        <message>
            <source>uses %1, which is not translated</source>
            <translation>verwendet %1, das nicht übersetzt ist</translation>
        </message>
        <message>
            <source>two operands without an operator between them at '%1'</source>
            <translation>zwei Operanden ohne Operator dazwischen bei '%1'</translation>
        </message>
        <message>
            <source>significance needs at least one surrogate</source>
            <translation>die Signifikanz braucht mindestens ein Surrogat</translation>
        </message>
        <message>
            <source>surrogates need at least one series</source>
            <translation>Surrogate brauchen mindestens eine Zeitreihe</translation>
        </message>
        <message>
            <source>surrogates: channel %1 has %2 samples, channel 1 has %3</source>
            <translation>Surrogate: Kanal %1 hat %2 Werte, Kanal 1 hat %3</translation>
        </message>
        <message>
            <source>surrogates: a series of %1 samples is longer than %2</source>
            <translation>Surrogate: eine Zeitreihe mit %1 Werten ist länger als %2</translation>
        </message>
        <message>
            <source>IAAFT tolerance must be a finite number &gt;= 0</source>
            <translation>die IAAFT-Toleranz muss eine endliche Zahl &gt;= 0 sein</translation>
        </message>
        <message>
            <source>IAAFT needs at least one iteration</source>
            <translation>IAAFT braucht mindestens eine Iteration</translation>
        </message>
        <message>
            <source>MFDFA: the R^2 warning threshold must be in [0, 1]</source>
            <translation>MFDFA: die R^2-Warnschwelle muss in [0, 1] liegen</translation>
        </message>
        <message>
            <source>MFDFA: the flat-segment fraction must be in [0, 1)</source>
            <translation>MFDFA: der Anteil für flache Segmente muss in [0, 1) liegen</translation>
        </message>
        <message>
            <source>network spectrum: the R^2 warning threshold must be in [0, 1]</source>
            <translation>Netzwerkspektrum: die R^2-Warnschwelle muss in [0, 1] liegen</translation>
        </message>
        <message>
            <source>%1: the order parameter of planes needs pairs of state variables</source>
            <translation>%1: Der Ordnungsparameter von Ebenen braucht Paare von Zustandsvariablen</translation>
        </message>
        <message>
            <source>network spectrum: the NeuroMFA distance cap d_max must be a number above 1 (distances are kept when 1 &lt; d &lt;= d_max), got %1</source>
            <translation>Netzwerkspektrum: die NeuroMFA-Abstandsgrenze d_max muss eine Zahl über 1 sein (Abstände werden behalten, wenn 1 &lt; d &lt;= d_max), erhalten: %1</translation>
        </message>
        <message>
            <source>network spectrum: the NeuroMFA edge count a node must exceed cannot be negative</source>
            <translation>Netzwerkspektrum: die Kantenzahl, die ein Knoten für NeuroMFA überschreiten muss, darf nicht negativ sein</translation>
        </message>
        <message>
            <source>network spectrum: NeuroMFA rounds distances to 0 to 6 decimals, got %1</source>
            <translation>Netzwerkspektrum: NeuroMFA rundet Abstände auf 0 bis 6 Nachkommastellen, erhalten: %1</translation>
        </message>
        <message>
            <source>network spectrum: the NeuroMFA filter mode must be 0, 1, 2 or 3, got %1</source>
            <translation>Netzwerkspektrum: der NeuroMFA-Filtermodus muss 0, 1, 2 oder 3 sein, erhalten: %1</translation>
        </message>
        <message>
            <source>emergence: no checkpoint given</source>
            <translation>Emergenz: kein Checkpoint angegeben</translation>
        </message>
        <message>
            <source>emergence: checkpoint %1 has %2 alpha_0 values but %3 widths</source>
            <translation>Emergenz: Checkpoint %1 hat %2 alpha_0-Werte, aber %3 Breiten</translation>
        </message>
        <message>
            <source>%1: %2 labels do not fill a grid of %3 x %4 cells</source>
            <translation>%1: %2 Labels füllen kein Gitter aus %3 x %4 Zellen</translation>
        </message>
        <message>
            <source>%1: at least two different perturbation sizes are needed</source>
            <translation>%1: es werden mindestens zwei verschiedene Störungsgrößen benötigt</translation>
        </message>
        <message>
            <source>%1: boxes of %2 cells do not fit in a grid of %3 x %4 cells</source>
            <translation>%1: Boxen aus %2 Zellen passen nicht in ein Gitter aus %3 x %4 Zellen</translation>
        </message>
        <message>
            <source>%1: no classifier to evaluate perturbed points</source>
            <translation>%1: kein Klassifikator zur Auswertung gestörter Punkte</translation>
        </message>
        <message>
            <source>%1: perturbation sizes must be in (0, 0.5) of the axis range (got %2)</source>
            <translation>%1: Störungsgrößen müssen in (0, 0.5) des Achsenbereichs liegen (erhalten: %2)</translation>
        </message>
        <message>
            <source>%1: the box size must be &gt;= 1 cell</source>
            <translation>%1: die Boxgröße muss &gt;= 1 Zelle sein</translation>
        </message>
        <message>
            <source>%1: the grid has no cells</source>
            <translation>%1: das Gitter hat keine Zellen</translation>
        </message>
        <message>
            <source>%1: the number of samples must be in [1, %2]</source>
            <translation>%1: die Anzahl der Stichproben muss in [1, %2] liegen</translation>
        </message>
        <message>
            <source>%1: the refinement cap must be in [0, 20] levels</source>
            <translation>%1: die Verfeinerungsgrenze muss in [0, 20] Stufen liegen</translation>
        </message>
        <message>
            <source>%1 must be a number &gt;= 0 (got %2)</source>
            <translation>%1 muss eine Zahl &gt;= 0 sein (erhalten: %2)</translation>
        </message>
        <message>
            <source>%1 must be a positive number (got %2)</source>
            <translation>%1 muss eine positive Zahl sein (erhalten: %2)</translation>
        </message>
        <message>
            <source>%1 must be in [%2, %3] (got %4)</source>
            <translation>%1 muss in [%2, %3] liegen (erhalten: %4)</translation>
        </message>
        <message>
            <source>%1: %2 columns for an axis of %3 values</source>
            <translation>%1: %2 Spalten für eine Achse mit %3 Werten</translation>
        </message>
        <message>
            <source>%1: %2 outcomes for %3 initial states</source>
            <translation>%1: %2 Ergebnisse für %3 Anfangszustände</translation>
        </message>
        <message>
            <source>%1: columns [%2, %3) are not in the axis of %4 values</source>
            <translation>%1: die Spalten [%2, %3) liegen nicht in der Achse mit %4 Werten</translation>
        </message>
        <message>
            <source>%1: states [%2, %3) are not in [0, %4)</source>
            <translation>%1: die Zustände [%2, %3) liegen nicht in [0, %4)</translation>
        </message>
        <message>
            <source>%1: the box is empty along state variable %2</source>
            <translation>%1: die Box ist entlang der Zustandsvariable %2 leer</translation>
        </message>
        <message>
            <source>%1: the cell size needs 1 or %2 values (got %3)</source>
            <translation>%1: die Zellgröße braucht 1 oder %2 Werte (erhalten: %3)</translation>
        </message>
        <message>
            <source>%1: outcome %2 is malformed</source>
            <translation>%1: Ergebnis %2 ist fehlerhaft</translation>
        </message>
        <message>
            <source>%1: header byte %2: unexpected text after the JSON header's end</source>
            <translation>%1: Kopfbyte %2: unerwarteter Text nach dem Ende des JSON-Kopfs</translation>
        </message>
        <message>
            <source>%1: header byte %2: expected '%3'</source>
            <translation>%1: Kopfbyte %2: '%3' erwartet</translation>
        </message>
        <message>
            <source>%1: header byte %2: JSON nested too deeply</source>
            <translation>%1: Kopfbyte %2: JSON zu tief verschachtelt</translation>
        </message>
        <message>
            <source>%1: header byte %2: the header ends inside a JSON value</source>
            <translation>%1: Kopfbyte %2: der Kopf endet innerhalb eines JSON-Werts</translation>
        </message>
        <message>
            <source>%1: header byte %2: expected a quoted key</source>
            <translation>%1: Kopfbyte %2: ein Schlüssel in Anführungszeichen erwartet</translation>
        </message>
        <message>
            <source>%1: header byte %2: duplicate key %3</source>
            <translation>%1: Kopfbyte %2: doppelter Schlüssel %3</translation>
        </message>
        <message>
            <source>%1: header byte %2: unexpected character in JSON</source>
            <translation>%1: Kopfbyte %2: unerwartetes Zeichen im JSON</translation>
        </message>
        <message>
            <source>%1: header byte %2: malformed number</source>
            <translation>%1: Kopfbyte %2: fehlerhafte Zahl</translation>
        </message>
        <message>
            <source>%1: header byte %2: short %3 escape</source>
            <translation>%1: Kopfbyte %2: zu kurzes %3-Escape</translation>
        </message>
        <message>
            <source>%1: header byte %2: bad %3 escape</source>
            <translation>%1: Kopfbyte %2: ungültiges %3-Escape</translation>
        </message>
        <message>
            <source>%1: header byte %2: unterminated string</source>
            <translation>%1: Kopfbyte %2: nicht abgeschlossene Zeichenkette</translation>
        </message>
        <message>
            <source>%1: header byte %2: control character in a string</source>
            <translation>%1: Kopfbyte %2: Steuerzeichen in einer Zeichenkette</translation>
        </message>
        <message>
            <source>%1: header byte %2: unpaired surrogate in a %3 escape</source>
            <translation>%1: Kopfbyte %2: ungepaartes Surrogat in einem %3-Escape</translation>
        </message>
        <message>
            <source>%1: header byte %2: bad escape in a string</source>
            <translation>%1: Kopfbyte %2: ungültiges Escape in einer Zeichenkette</translation>
        </message>
        <message>
            <source>%1 must be a non-negative integer</source>
            <translation>%1 muss eine nichtnegative ganze Zahl sein</translation>
        </message>
        <message>
            <source>%1 is too large</source>
            <translation>%1 ist zu groß</translation>
        </message>
        <message>
            <source>%1: not a safetensors file (shorter than its 8-byte header length)</source>
            <translation>%1: keine safetensors-Datei (kürzer als ihre 8 Byte lange Kopflänge)</translation>
        </message>
        <message>
            <source>%1: the header length %2 is over the limit of 100 MB (not a safetensors file?)</source>
            <translation>%1: die Kopflänge %2 liegt über der Grenze von 100 MB (keine safetensors-Datei?)</translation>
        </message>
        <message>
            <source>%1: the header length %2 runs past the end of the file (%3 bytes; truncated?)</source>
            <translation>%1: die Kopflänge %2 reicht über das Dateiende hinaus (%3 Byte; abgeschnitten?)</translation>
        </message>
        <message>
            <source>%1: the header is not a JSON object</source>
            <translation>%1: der Kopf ist kein JSON-Objekt</translation>
        </message>
        <message>
            <source>%1: __metadata__ must be an object of strings</source>
            <translation>%1: __metadata__ muss ein Objekt aus Zeichenketten sein</translation>
        </message>
        <message>
            <source>%1: __metadata__ value %2 is not a string</source>
            <translation>%1: der __metadata__-Wert %2 ist keine Zeichenkette</translation>
        </message>
        <message>
            <source>%1: tensor '%2': its entry is not an object</source>
            <translation>%1: Tensor '%2': sein Eintrag ist kein Objekt</translation>
        </message>
        <message>
            <source>%1: tensor '%2': the entry needs dtype, shape and data_offsets</source>
            <translation>%1: Tensor '%2': der Eintrag braucht dtype, shape und data_offsets</translation>
        </message>
        <message>
            <source>%1: tensor '%2': dtype is not a string</source>
            <translation>%1: Tensor '%2': dtype ist keine Zeichenkette</translation>
        </message>
        <message>
            <source>%1: tensor '%2': unknown dtype '%3'</source>
            <translation>%1: Tensor '%2': unbekannter dtype '%3'</translation>
        </message>
        <message>
            <source>%1: tensor '%2': shape is not an array</source>
            <translation>%1: Tensor '%2': shape ist kein Array</translation>
        </message>
        <message>
            <source>%1: tensor '%2': the shape has more than 64 dimensions</source>
            <translation>%1: Tensor '%2': die Form hat mehr als 64 Dimensionen</translation>
        </message>
        <message>
            <source>%1: tensor '%2': data_offsets must be [begin, end]</source>
            <translation>%1: Tensor '%2': data_offsets muss [begin, end] sein</translation>
        </message>
        <message>
            <source>%1: tensor '%2': data_offsets [%3, %4] end before they begin</source>
            <translation>%1: Tensor '%2': data_offsets [%3, %4] enden, bevor sie beginnen</translation>
        </message>
        <message>
            <source>%1: tensor '%2': data_offsets end at %3, past the %4 data bytes of the file (truncated?)</source>
            <translation>%1: Tensor '%2': data_offsets enden bei %3, hinter den %4 Datenbytes der Datei (abgeschnitten?)</translation>
        </message>
        <message>
            <source>%1: tensor '%2': the shape's size overflows 64 bits</source>
            <translation>%1: Tensor '%2': die Größe der Form läuft über 64 Bit über</translation>
        </message>
        <message>
            <source>%1: tensor '%2': the shape holds %3 bytes of %4 but data_offsets give %5</source>
            <translation>%1: Tensor '%2': die Form fasst %3 Byte %4, data_offsets ergeben aber %5</translation>
        </message>
        <message>
            <source>%1: tensors '%2' and '%3' overlap in the data</source>
            <translation>%1: die Tensoren '%2' und '%3' überlappen in den Daten</translation>
        </message>
        <message>
            <source>%1: descr appears twice</source>
            <translation>%1: descr kommt zweimal vor</translation>
        </message>
        <message>
            <source>%1: descr is not a plain dtype string (structured arrays are not read)</source>
            <translation>%1: descr ist keine einfache dtype-Zeichenkette (strukturierte Arrays werden nicht gelesen)</translation>
        </message>
        <message>
            <source>%1: fortran_order appears twice</source>
            <translation>%1: fortran_order kommt zweimal vor</translation>
        </message>
        <message>
            <source>%1: shape appears twice</source>
            <translation>%1: shape kommt zweimal vor</translation>
        </message>
        <message>
            <source>%1: unexpected key '%2' in the header</source>
            <translation>%1: unerwarteter Schlüssel '%2' im Kopf</translation>
        </message>
        <message>
            <source>%1: unexpected text after the header dict</source>
            <translation>%1: unerwarteter Text nach dem Kopf-Dict</translation>
        </message>
        <message>
            <source>%1: the header is not the dict NumPy writes (expected '%2')</source>
            <translation>%1: der Kopf ist nicht das Dict, das NumPy schreibt ('%2' erwartet)</translation>
        </message>
        <message>
            <source>%1: the header is not the dict NumPy writes (expected a quoted string)</source>
            <translation>%1: der Kopf ist nicht das Dict, das NumPy schreibt (Zeichenkette in Anführungszeichen erwartet)</translation>
        </message>
        <message>
            <source>%1: unterminated string in the header</source>
            <translation>%1: nicht abgeschlossene Zeichenkette im Kopf</translation>
        </message>
        <message>
            <source>%1: escapes in header strings are not read</source>
            <translation>%1: Escapes in Zeichenketten des Kopfs werden nicht gelesen</translation>
        </message>
        <message>
            <source>%1: fortran_order must be True or False</source>
            <translation>%1: fortran_order muss True oder False sein</translation>
        </message>
        <message>
            <source>%1: a shape entry is too large</source>
            <translation>%1: ein Eintrag der Form ist zu groß</translation>
        </message>
        <message>
            <source>%1: shape entries must be non-negative integers</source>
            <translation>%1: die Einträge der Form müssen nichtnegative ganze Zahlen sein</translation>
        </message>
        <message>
            <source>%1: the shape has more than 64 dimensions</source>
            <translation>%1: die Form hat mehr als 64 Dimensionen</translation>
        </message>
        <message>
            <source>%1: not a .npy array (no %2 magic)</source>
            <translation>%1: kein .npy-Array (keine %2-Kennung)</translation>
        </message>
        <message>
            <source>%1: .npy format version %2.%3 is not read (1.0, 2.0 and 3.0 are)</source>
            <translation>%1: die .npy-Formatversion %2.%3 wird nicht gelesen (1.0, 2.0 und 3.0 schon)</translation>
        </message>
        <message>
            <source>%1: the .npy header is truncated</source>
            <translation>%1: der .npy-Kopf ist abgeschnitten</translation>
        </message>
        <message>
            <source>%1: the .npy header length %2 runs past the end of the data (truncated?)</source>
            <translation>%1: die .npy-Kopflänge %2 reicht über das Ende der Daten hinaus (abgeschnitten?)</translation>
        </message>
        <message>
            <source>%1: the header needs descr, fortran_order and shape</source>
            <translation>%1: der Kopf braucht descr, fortran_order und shape</translation>
        </message>
        <message>
            <source>%1: big-endian data ('%2') is not read; save the array little-endian (array.astype('&lt;%3'))</source>
            <translation>%1: Big-Endian-Daten ('%2') werden nicht gelesen; speichern Sie das Array als Little-Endian (array.astype('&lt;%3'))</translation>
        </message>
        <message>
            <source>%1: dtype '%2' is not read (float16, float32 and float64: '&lt;f2', '&lt;f4', '&lt;f8')</source>
            <translation>%1: dtype '%2' wird nicht gelesen (float16, float32 und float64: '&lt;f2', '&lt;f4', '&lt;f8')</translation>
        </message>
        <message>
            <source>%1: the shape holds %2 bytes but the array has %3 (truncated?)</source>
            <translation>%1: die Form fasst %2 Byte, das Array hat aber %3 (abgeschnitten?)</translation>
        </message>
        <message>
            <source>%1: the shape holds %2 bytes but the array has %3</source>
            <translation>%1: die Form fasst %2 Byte, das Array hat aber %3</translation>
        </message>
        <message>
            <source>%1: not an .npz archive (too short for a zip directory)</source>
            <translation>%1: kein .npz-Archiv (zu kurz für ein Zip-Verzeichnis)</translation>
        </message>
        <message>
            <source>%1: not an .npz archive (no zip directory at the end; truncated?)</source>
            <translation>%1: kein .npz-Archiv (kein Zip-Verzeichnis am Ende; abgeschnitten?)</translation>
        </message>
        <message>
            <source>%1: multi-part zip archives are not read</source>
            <translation>%1: mehrteilige Zip-Archive werden nicht gelesen</translation>
        </message>
        <message>
            <source>%1: the zip64 directory record is missing or misplaced</source>
            <translation>%1: der zip64-Verzeichniseintrag fehlt oder steht an falscher Stelle</translation>
        </message>
        <message>
            <source>%1: the zip directory lies past the end of the file (truncated?)</source>
            <translation>%1: das Zip-Verzeichnis liegt hinter dem Dateiende (abgeschnitten?)</translation>
        </message>
        <message>
            <source>%1: the zip directory claims more entries than it can hold</source>
            <translation>%1: das Zip-Verzeichnis gibt mehr Einträge an, als es fassen kann</translation>
        </message>
        <message>
            <source>%1: zip directory entry %2 is damaged</source>
            <translation>%1: der Eintrag %2 des Zip-Verzeichnisses ist beschädigt</translation>
        </message>
        <message>
            <source>%1: member '%2': a damaged zip extra field</source>
            <translation>%1: Element '%2': ein beschädigtes Zip-Zusatzfeld</translation>
        </message>
        <message>
            <source>%1: member '%2': a damaged zip64 extra field</source>
            <translation>%1: Element '%2': ein beschädigtes zip64-Zusatzfeld</translation>
        </message>
        <message>
            <source>%1: member '%2': encrypted members are not read</source>
            <translation>%1: Element '%2': verschlüsselte Elemente werden nicht gelesen</translation>
        </message>
        <message>
            <source>%1: member '%2': the member is compressed (deflate, as numpy.savez_compressed writes); NeuroDyn reads only uncompressed .npz (numpy.savez)</source>
            <translation>%1: Element '%2': das Element ist komprimiert (deflate, wie numpy.savez_compressed es schreibt); NeuroDyn liest nur unkomprimierte .npz (numpy.savez)</translation>
        </message>
        <message>
            <source>%1: member '%2': zip compression method %3 is not read</source>
            <translation>%1: Element '%2': die Zip-Kompressionsmethode %3 wird nicht gelesen</translation>
        </message>
        <message>
            <source>%1: member '%2': a stored member whose sizes disagree</source>
            <translation>%1: Element '%2': ein gespeichertes Element mit widersprüchlichen Größen</translation>
        </message>
        <message>
            <source>%1: member '%2': the member's local header is missing (truncated?)</source>
            <translation>%1: Element '%2': der lokale Kopf des Elements fehlt (abgeschnitten?)</translation>
        </message>
        <message>
            <source>%1: member '%2': the member runs past the end of the file (truncated?)</source>
            <translation>%1: Element '%2': das Element reicht über das Dateiende hinaus (abgeschnitten?)</translation>
        </message>
        <message>
            <source>%1: member '%2': the archive holds two members of that name</source>
            <translation>%1: Element '%2': das Archiv enthält zwei Elemente dieses Namens</translation>
        </message>
        <message>
            <source>%1: not a weight file NeuroDyn reads (.safetensors, .npz or .npy)</source>
            <translation>%1: keine Gewichtsdatei, die NeuroDyn liest (.safetensors, .npz oder .npy)</translation>
        </message>
        <message>
            <source>%1: tensor '%2' has dtype %3, which is not read (F16, BF16, F32, F64)</source>
            <translation>%1: Tensor '%2' hat den dtype %3, der nicht gelesen wird (F16, BF16, F32, F64)</translation>
        </message>
        <message>
            <source>%1: no tensor named '%2'</source>
            <translation>%1: kein Tensor namens '%2'</translation>
        </message>
        <message>
            <source>%1: cannot open (%2)</source>
            <translation>%1: kann nicht geöffnet werden (%2)</translation>
        </message>
        <message>
            <source>%1: not a regular file</source>
            <translation>%1: keine reguläre Datei</translation>
        </message>
        <message>
            <source>%1: cannot map the file (%2)</source>
            <translation>%1: die Datei kann nicht eingeblendet werden (%2)</translation>
        </message>
        <message>
            <source>%1: the shape's size overflows 64 bits</source>
            <translation>%1: die Größe der Form läuft über 64 Bit über</translation>
        </message>
        <message>
            <source>tensor '%1': expected a matrix, the shape has %2 dimensions</source>
            <translation>Tensor '%1': eine Matrix erwartet, die Form hat %2 Dimensionen</translation>
        </message>
        <message>
            <source>tensor '%1': row %2 is out of range (%3 rows)</source>
            <translation>Tensor '%1': Zeile %2 liegt außerhalb des Bereichs (%3 Zeilen)</translation>
        </message>
        <message>
            <source>tensor '%1': column %2 is out of range (%3 columns)</source>
            <translation>Tensor '%1': Spalte %2 liegt außerhalb des Bereichs (%3 Spalten)</translation>
        </message>
        <message>
            <source>%1: the PGM header ends before its %2</source>
            <translation>%1: der PGM-Kopf endet vor seinem Feld %2</translation>
        </message>
        <message>
            <source>%1: the PGM %2 is not a number</source>
            <translation>%1: das PGM-Feld %2 ist keine Zahl</translation>
        </message>
        <message>
            <source>%1: the PGM %2 is too large</source>
            <translation>%1: das PGM-Feld %2 ist zu groß</translation>
        </message>
        <message>
            <source>%1: the PGM header is not followed by pixel data</source>
            <translation>%1: auf den PGM-Kopf folgen keine Pixeldaten</translation>
        </message>
        <message>
            <source>%1 is not a PGM image (it does not start with P2 or P5)</source>
            <translation>%1 ist kein PGM-Bild (beginnt nicht mit P2 oder P5)</translation>
        </message>
        <message>
            <source>%1: the PGM image has size %2 x %3; both must be at least 1</source>
            <translation>%1: das PGM-Bild hat die Größe %2 x %3; beide müssen mindestens 1 sein</translation>
        </message>
        <message>
            <source>%1: the PGM image has %2 pixels; at most %3 are read</source>
            <translation>%1: das PGM-Bild hat %2 Pixel; höchstens %3 werden gelesen</translation>
        </message>
        <message>
            <source>%1: the PGM maxval %2 is outside 1..65535</source>
            <translation>%1: der PGM-maxval %2 liegt außerhalb von 1..65535</translation>
        </message>
        <message>
            <source>%1: PGM pixel %2 has value %3, above maxval %4</source>
            <translation>%1: PGM-Pixel %2 hat den Wert %3, über maxval %4</translation>
        </message>
        <message>
            <source>%1: the PGM pixel data is truncated (%2 bytes of %3)</source>
            <translation>%1: die PGM-Pixeldaten sind abgeschnitten (%2 von %3 Byte)</translation>
        </message>
        <message>
            <source>%1: the PGM pixel data is truncated (%2 of %3 values)</source>
            <translation>%1: die PGM-Pixeldaten sind abgeschnitten (%2 von %3 Werten)</translation>
        </message>
        <message>
            <source>cannot open the image file %1</source>
            <translation>die Bilddatei %1 kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>%1 is not a PGM image, and this program reads no other image format</source>
            <translation>%1 ist kein PGM-Bild, und dieses Programm liest kein anderes Bildformat</translation>
        </message>
    </context>
    <context>
        <name>EntropyTasks</name>
        <message>
            <source>%1. Conventions: %2</source>
            <translation>%1. Konventionen: %2</translation>
        </message>
        <message>
            <source>Template length</source>
            <translation>Musterlänge</translation>
        </message>
        <message>
            <source>r:</source>
            <translation>r:</translation>
        </message>
        <message>
            <source>Tolerance: absolute, or a fraction of the standard deviation</source>
            <translation>Toleranz: absolut oder ein Bruchteil der Standardabweichung</translation>
        </message>
        <message>
            <source>r is:</source>
            <translation>r ist:</translation>
        </message>
        <message>
            <source>Whether r is an absolute distance or a fraction of the standard deviation</source>
            <translation>Ob r ein absoluter Abstand oder ein Bruchteil der Standardabweichung ist</translation>
        </message>
        <message>
            <source>absolute</source>
            <translation>absolut</translation>
        </message>
        <message>
            <source>fraction of SD</source>
            <translation>Bruchteil der SD</translation>
        </message>
        <message>
            <source>Match:</source>
            <translation>Treffer:</translation>
        </message>
        <message>
            <source>Templates match when their Chebyshev distance is &lt;= r or &lt; r</source>
            <translation>Muster stimmen überein, wenn ihr Tschebyschow-Abstand &lt;= r oder &lt; r ist</translation>
        </message>
        <message>
            <source>m</source>
            <translation>m</translation>
        </message>
    </context>
    <context>
        <name>ExamplesCommand</name>
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
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>Lyapunov exponents</source>
            <translation>Lyapunov-Exponenten</translation>
        </message>
        <message>
            <source>Lyapunov exponents, D_KY = %1</source>
            <translation>Lyapunov-Exponenten, D_KY = %1</translation>
        </message>
        <message>
            <source>critical set LC_-1 (det J = 0)</source>
            <translation>kritische Menge LC_-1 (det J = 0)</translation>
        </message>
        <message>
            <source>its image LC</source>
            <translation>ihr Bild LC</translation>
        </message>
        <message>
            <source>critical point c (f'(c) = 0)</source>
            <translation>kritischer Punkt c (f'(c) = 0)</translation>
        </message>
        <message>
            <source>critical value f(c)</source>
            <translation>kritischer Wert f(c)</translation>
        </message>
        <message>
            <source>Fixed points and critical set</source>
            <translation>Fixpunkte und kritische Menge</translation>
        </message>
        <message>
            <source>Fixed points</source>
            <translation>Fixpunkte</translation>
        </message>
        <message>
            <source>Critical set on the slice (%1, %2)</source>
            <translation>Kritische Menge im Schnitt (%1, %2)</translation>
        </message>
        <message>
            <source>Lyapunov spectrum along %1</source>
            <translation>Lyapunov-Spektrum entlang %1</translation>
        </message>
        <message>
            <source>at the study's parameter values</source>
            <translation>bei den Parameterwerten der Studie</translation>
        </message>
    </context>
    <context>
        <name>ImportOdeCommand</name>
        <message>
            <source>Import an XPPAUT model (.ode file) as a new study of a typed model ('equations'), written to STUDY.json or printed. Read: x(t+1)= maps, dx/dt= and x'= ODEs, par, init and x(0)=, aux, !derived constants, number, user functions, # comments, done, continued lines. Every line that is not translated (@ options, wiener, table, ran, the time t, ...) is reported on stderr with its line number. XPPAUT ignores case, NeuroDyn does not: names are lower-cased.
Exit code 0 when the model was read (even with lines reported), 2 when no complete model could be read.

Example: neurodyn-cli import-ode lorenz.ode lorenz.json</source>
            <translation>Ein XPPAUT-Modell (.ode-Datei) als neue Studie eines eingegebenen Modells ('equations') importieren, in STUDY.json geschrieben oder ausgegeben. Gelesen werden: Abbildungen x(t+1)=, DGLs dx/dt= und x'=, par, init und x(0)=, aux, abgeleitete Konstanten !name, number, Benutzerfunktionen, #-Kommentare, done, fortgesetzte Zeilen. Jede nicht übersetzte Zeile (@-Optionen, wiener, table, ran, die Zeit t, ...) wird auf stderr mit ihrer Zeilennummer gemeldet. XPPAUT unterscheidet keine Groß- und Kleinschreibung, NeuroDyn schon: Namen werden kleingeschrieben.
Exit-Code 0, wenn das Modell gelesen wurde (auch mit gemeldeten Zeilen), 2, wenn kein vollständiges Modell gelesen werden konnte.

Beispiel: neurodyn-cli import-ode lorenz.ode lorenz.json</translation>
        </message>
        <message>
            <source>The .ode file to import.</source>
            <translation>Die zu importierende .ode-Datei.</translation>
        </message>
        <message>
            <source>The study file to write (default: standard output).</source>
            <translation>Die zu schreibende Studiendatei (Standard: Standardausgabe).</translation>
        </message>
        <message>
            <source>Write the model in NeuroDyn's model language instead of a study (for --model-file).</source>
            <translation>Das Modell in NeuroDyns Modellsprache statt einer Studie schreiben (für --model-file).</translation>
        </message>
        <message>
            <source>which .ode file? (neurodyn-cli import-ode FILE.ode [STUDY.json])</source>
            <translation>welche .ode-Datei? (neurodyn-cli import-ode DATEI.ode [STUDIE.json])</translation>
        </message>
        <message>
            <source>unexpected argument '%1'</source>
            <translation>unerwartetes Argument '%1'</translation>
        </message>
        <message>
            <source>cannot write the study: %1</source>
            <translation>die Studie kann nicht geschrieben werden: %1</translation>
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
        <name>MeasureCommand</name>
        <message>
            <source>sample entropy of one column {value, A, B}</source>
            <translation>Stichprobenentropie einer Spalte {Wert, A, B}</translation>
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
            <source>C</source>
            <translation>C</translation>
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
            <source>an edge list has 2 or 3 columns (from, to[, weight]); this input has %1</source>
            <translation>eine Kantenliste hat 2 oder 3 Spalten (von, nach[, Gewicht]); diese Eingabe hat %1</translation>
        </message>
        <message>
            <source>the input has %1 data columns (%2); choose one with --column NAME or NUMBER (index columns, never taken by default: %3)</source>
            <translation>die Eingabe hat %1 Datenspalten (%2); wählen Sie eine mit --column NAME oder NUMMER (Indexspalten, nie ohne Wahl verwendet: %3)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>the input has only index columns (%1); choose columns with --columns</source>
            <translation>die Eingabe hat nur Indexspalten (%1); wählen Sie Spalten mit --columns</translation>
        </message>
        <message>
            <source>'%1' is deprecated, use '%2'</source>
            <translation>'%1' ist veraltet, verwenden Sie '%2'</translation>
        </message>
        <message>
            <source>Kuramoto order parameter of several columns {order_parameter_mean, order_parameter_sd}</source>
            <translation>Kuramoto-Ordnungsparameter mehrerer Spalten {order_parameter_mean, order_parameter_sd}</translation>
        </message>
        <message>
            <source>zero-lag cross-correlation of several columns {cross_correlation_matrix, cross_correlation_mean}</source>
            <translation>Kreuzkorrelation ohne Verzögerung mehrerer Spalten {cross_correlation_matrix, cross_correlation_mean}</translation>
        </message>
        <message>
            <source>multifractal DFA of one column {q, h, tau, alpha, f_alpha}</source>
            <translation>multifraktale DFA einer Spalte {q, h, tau, alpha, f_alpha}</translation>
        </message>
        <message>
            <source>multifractal spectrum of a weighted edge list {tau, alpha, f_alpha}</source>
            <translation>multifraktales Spektrum einer gewichteten Kantenliste {tau, alpha, f_alpha}</translation>
        </message>
        <message>
            <source>0-1 test for chaos of one column {K, K_c, c}</source>
            <translation>0-1-Test auf Chaos für eine Spalte {K, K_c, c}</translation>
        </message>
        <message>
            <source>
Every measure of columns accepts --surrogates shuffle|ft|aaft|iaaft --count N --seed S --tail greater|less|two-sided: its scalar tested against surrogates ("significance").
Run 'neurodyn-cli measure NAME --help' for a measure's options.
</source>
            <translation>
Jede Messgröße von Spalten nimmt --surrogates shuffle|ft|aaft|iaaft --count N --seed S --tail greater|less|two-sided: ihr Skalar wird gegen Surrogate getestet ("significance").
'neurodyn-cli measure NAME --help' zeigt die Optionen einer Messgröße.
</translation>
        </message>
        <message>
            <source>approximate entropy of one column {value, Phi_m, Phi_m+1}</source>
            <translation>approximative Entropie einer Spalte {value, Phi_m, Phi_m+1}</translation>
        </message>
        <message>
            <source>multiscale sample entropy of one column {values per scale, A, B, complexity_index}</source>
            <translation>Mehrskalen-Stichprobenentropie einer Spalte {Werte je Skala, A, B, complexity_index}</translation>
        </message>
        <message>
            <source>permutation entropy of one column {value, pattern frequencies}</source>
            <translation>Permutationsentropie einer Spalte {value, Musterhäufigkeiten}</translation>
        </message>
        <message>
            <source>delay and dimension for embedding one column {delay, fnn, cao: chosen values and curves}</source>
            <translation>Verzögerung und Dimension zur Einbettung einer Spalte {delay, fnn, cao: gewählte Werte und Kurven}</translation>
        </message>
        <message>
            <source>recurrence quantification of one column {RR, DET, L_max, L_mean, ENTR, LAM, TT}</source>
            <translation>Rekurrenzquantifizierung einer Spalte {RR, DET, L_max, L_mean, ENTR, LAM, TT}</translation>
        </message>
        <message>
            <source>Column to use: header name or 1-based number (default: the only column that is neither an index column step, time, t or a row counter nor a label column).</source>
            <translation>Zu verwendende Spalte: Name aus der Kopfzeile oder Nummer ab 1 (Standard: die einzige Spalte, die weder eine Indexspalte step, time, t oder ein Zeilenzähler noch eine Beschriftungsspalte ist).</translation>
        </message>
        <message>
            <source>Columns (nodes) to use, comma-separated names or numbers (default: every column but the index columns step, time, t, a row counter and label columns).</source>
            <translation>Zu verwendende Spalten (Knoten), kommagetrennte Namen oder Nummern (Standard: jede Spalte außer den Indexspalten step, time, t, einem Zeilenzähler und Beschriftungsspalten).</translation>
        </message>
        <message>
            <source>Empty fields or missing-value marks (NaN, NA) in the columns used: refuse (default), drop (remove those rows; the series joins across them) or interpolate (linearly between the neighbouring rows; gaps at either end are removed). The JSON's "gaps" says what was done.</source>
            <translation>Leere Felder oder Zeichen für fehlende Werte (NaN, NA) in den verwendeten Spalten: refuse (Standard, ablehnen), drop (diese Zeilen entfernen; die Reihe wird über sie hinweg verbunden) oder interpolate (linear zwischen den Nachbarzeilen; Lücken an den Enden werden entfernt). Das Feld "gaps" im JSON sagt, was getan wurde.</translation>
        </message>
        <message>
            <source>RULE</source>
            <translation>REGEL</translation>
        </message>
    </context>
    <context>
        <name>MeasureEmbedding</name>
        <message>
            <source>ami: the first minimum of the average mutual information (default); acf: the first zero of the autocorrelation; or a whole number tau &gt;= 1.</source>
            <translation>ami: das erste Minimum der mittleren Transinformation (Standard); acf: die erste Nullstelle der Autokorrelation; oder eine ganze Zahl tau &gt;= 1.</translation>
        </message>
        <message>
            <source>ami|acf|TAU</source>
            <translation>ami|acf|TAU</translation>
        </message>
        <message>
            <source>Largest lag for the delay choice; 0: min(N/4, 1000) (default).</source>
            <translation>Größte Verzögerung für die Wahl von tau; 0: min(N/4, 1000) (Standard).</translation>
        </message>
        <message>
            <source>LAGS</source>
            <translation>VERZÖGERUNGEN</translation>
        </message>
        <message>
            <source>Bins per axis of the mutual information's histogram (B-spline weights); 0: Sturges' ceil(log2 N) + 1, at most 64 (default).</source>
            <translation>Klassen je Achse des Histogramms der Transinformation (B-Spline-Gewichte); 0: Sturges' ceil(log2 N) + 1, höchstens 64 (Standard).</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Dimensions 1..M are tested, M from 1 to 30 (default 10).</source>
            <translation>Die Dimensionen 1..M werden geprüft, M von 1 bis 30 (Standard 10).</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>Theiler window: neighbours closer in time than this are skipped (default 0).</source>
            <translation>Theiler-Fenster: zeitlich nähere Nachbarn werden übergangen (Standard 0).</translation>
        </message>
        <message>
            <source>W</source>
            <translation>W</translation>
        </message>
        <message>
            <source>Kennel's R_tol: distance growth that makes a neighbour false (default 10).</source>
            <translation>Kennels R_tol: Abstandszuwachs, der einen Nachbarn falsch macht (Standard 10).</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Kennel's A_tol: new distance over the standard deviation (default 2).</source>
            <translation>Kennels A_tol: neuer Abstand durch die Standardabweichung (Standard 2).</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>The chosen dimension is the first whose false fraction is below this (default 0.01).</source>
            <translation>Gewählt wird die erste Dimension, deren Anteil falscher Nachbarn darunter liegt (Standard 0.01).</translation>
        </message>
        <message>
            <source>F</source>
            <translation>F</translation>
        </message>
        <message>
            <source>Cao's chosen dimension is the first d with E1(d) at or above this (default 0.9).</source>
            <translation>Caos gewählte Dimension ist das erste d mit E1(d) mindestens so groß (Standard 0.9).</translation>
        </message>
        <message>
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <source>--delay must be ami, acf or a whole number from 1 to 1e6, not '%1'</source>
            <translation>--delay muss ami, acf oder eine ganze Zahl von 1 bis 1e6 sein, nicht '%1'</translation>
        </message>
        <message>
            <source>--max-lag must be a whole number from 0 to 1e6</source>
            <translation>--max-lag muss eine ganze Zahl von 0 bis 1e6 sein</translation>
        </message>
        <message>
            <source>--bins must be 0 or a whole number from 3 to 1024</source>
            <translation>--bins muss 0 oder eine ganze Zahl von 3 bis 1024 sein</translation>
        </message>
        <message>
            <source>--max-dimension must be a whole number from 1 to 30</source>
            <translation>--max-dimension muss eine ganze Zahl von 1 bis 30 sein</translation>
        </message>
        <message>
            <source>--theiler must be a whole number from 0 to 1e6</source>
            <translation>--theiler muss eine ganze Zahl von 0 bis 1e6 sein</translation>
        </message>
        <message>
            <source>--rtol and --atol must be numbers &gt; 0</source>
            <translation>--rtol und --atol müssen Zahlen &gt; 0 sein</translation>
        </message>
        <message>
            <source>--fnn-threshold and --cao-threshold must be numbers &gt; 0</source>
            <translation>--fnn-threshold und --cao-threshold müssen Zahlen &gt; 0 sein</translation>
        </message>
        <message>
            <source>Cao's dimension is also chosen where E1 stops changing: E1(d) &gt;= 0.5 and it moves by at most this to d + 1 and d + 2 (default 0.05; 0: threshold only).</source>
            <translation>Caos Dimension wird auch dort gewählt, wo sich E1 nicht mehr ändert: E1(d) &gt;= 0.5 und es ändert sich bis d + 1 und d + 2 um höchstens diesen Wert (Standard 0.05; 0: nur der Schwellwert).</translation>
        </message>
        <message>
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <source>--cao-plateau must be a number from 0 (off) to 1</source>
            <translation>--cao-plateau muss eine Zahl von 0 (aus) bis 1 sein</translation>
        </message>
    </context>
    <context>
        <name>MeasureMfdfa</name>
        <message>
            <source>q values, comma-separated; negative values work as --q=-2,2 or --q -2,2 (default -5..5 step 1).</source>
            <translation>q-Werte, durch Kommas getrennt; negative Werte als --q=-2,2 oder --q -2,2 (Standard -5..5 in Schritten von 1).</translation>
        </message>
        <message>
            <source>LIST</source>
            <translation>LISTE</translation>
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
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads muss eine ganze Zahl von 0 bis 4096 sein</translation>
        </message>
        <message>
            <source>--scale-list expects comma-separated whole numbers &gt;= 1</source>
            <translation>--scale-list erwartet durch Kommas getrennte ganze Zahlen &gt;= 1</translation>
        </message>
        <message>
            <source>--scale-count must be a whole number from 2 to 10000</source>
            <translation>--scale-count muss eine ganze Zahl von 2 bis 10000 sein</translation>
        </message>
        <message>
            <source>Fits with R^2 below this are listed under warnings (default 0.98).</source>
            <translation>Anpassungen mit R^2 unter diesem Wert werden unter warnings aufgeführt (Standard 0.98).</translation>
        </message>
        <message>
            <source>R2</source>
            <translation>R2</translation>
        </message>
        <message>
            <source>--min-r2 must be a number from 0 to 1</source>
            <translation>--min-r2 muss eine Zahl von 0 bis 1 sein</translation>
        </message>
    </context>
    <context>
        <name>MeasureMse</name>
        <message>
            <source>Scales 1..S of the coarse-graining (default 20).</source>
            <translation>Skalen 1..S der Vergröberung (Standard 20).</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>costa: one coarse-grained series per scale (default); rcmse: refined composite, A and B summed over the s shifted coarse-grained series.</source>
            <translation>costa: eine vergröberte Reihe je Skala (Standard); rcmse: verfeinert zusammengesetzt, A und B über die s verschobenen vergröberten Reihen summiert.</translation>
        </message>
        <message>
            <source>costa|rcmse</source>
            <translation>costa|rcmse</translation>
        </message>
        <message>
            <source>original: r from the original series' standard deviation at every scale (default, Costa et al.); per-scale: from each coarse-grained series.</source>
            <translation>original: r aus der Standardabweichung der ursprünglichen Reihe auf jeder Skala (Standard, Costa et al.); per-scale: aus jeder vergröberten Reihe.</translation>
        </message>
        <message>
            <source>original|per-scale</source>
            <translation>original|per-scale</translation>
        </message>
        <message>
            <source>Worker threads (default: all).</source>
            <translation>Arbeitsthreads (Standard: alle).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>--scales must be a whole number from 1 to 100000</source>
            <translation>--scales muss eine ganze Zahl von 1 bis 100000 sein</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads muss eine ganze Zahl von 0 bis 4096 sein</translation>
        </message>
        <message>
            <source>--method must be costa or rcmse, not '%1'</source>
            <translation>--method muss costa oder rcmse sein, nicht '%1'</translation>
        </message>
        <message>
            <source>--tolerance must be original or per-scale, not '%1'</source>
            <translation>--tolerance muss original oder per-scale sein, nicht '%1'</translation>
        </message>
        <message>
            <source>the complexity index needs every scale defined</source>
            <translation>der Komplexitätsindex braucht auf jeder Skala einen definierten Wert</translation>
        </message>
    </context>
    <context>
        <name>MeasureNetwork</name>
        <message>
            <source>LIST</source>
            <translation>LISTE</translation>
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
            <source>N</source>
            <translation>N</translation>
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
            <source>--radii expects comma-separated numbers</source>
            <translation>--radii erwartet durch Kommas getrennte Zahlen</translation>
        </message>
        <message>
            <source>--radius-count must be a whole number from 2 to 1e5</source>
            <translation>--radius-count muss eine ganze Zahl von 2 bis 1e5 sein</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads muss eine ganze Zahl von 0 bis 4096 sein</translation>
        </message>
        <message>
            <source>Fits with R^2 below this are listed under warnings (default 0.98).</source>
            <translation>Anpassungen mit R^2 unter diesem Wert werden unter warnings aufgeführt (Standard 0.98).</translation>
        </message>
        <message>
            <source>R2</source>
            <translation>R2</translation>
        </message>
        <message>
            <source>--min-r2 must be a number from 0 to 1</source>
            <translation>--min-r2 muss eine Zahl von 0 bis 1 sein</translation>
        </message>
        <message>
            <source>Estimator: neuromfa-code, neuromfa-paths, sandbox or normalised-growth (default).</source>
            <translation>Schätzer: neuromfa-code, neuromfa-paths, sandbox oder normalised-growth (Vorgabe).</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>q values, comma-separated (default -5..5 step 1; the NeuroMFA methods -3..3 step 0.1); --q=-2,2 or --q -2,2.</source>
            <translation>q-Werte, durch Kommas getrennt (Vorgabe -5..5 in Schritten von 1; die NeuroMFA-Methoden -3..3 in Schritten von 0,1); --q=-2,2 oder --q -2,2.</translation>
        </message>
        <message>
            <source>NeuroMFA: keep distances d with 1 &lt; d &lt;= this (default 150).</source>
            <translation>NeuroMFA: Abstände d mit 1 &lt; d &lt;= diesem Wert behalten (Vorgabe 150).</translation>
        </message>
        <message>
            <source>D</source>
            <translation>D</translation>
        </message>
        <message>
            <source>NeuroMFA: a node needs more than this many kept distances (default 10).</source>
            <translation>NeuroMFA: ein Knoten braucht mehr als so viele behaltene Abstände (Vorgabe 10).</translation>
        </message>
        <message>
            <source>NeuroMFA: round distances to this many decimals (default 0).</source>
            <translation>NeuroMFA: Abstände auf so viele Nachkommastellen runden (Vorgabe 0).</translation>
        </message>
        <message>
            <source>NeuroMFA: 0 keep all, 1 flag f &gt; 0, 2 flag alpha not largest at the first q, 3 both (default 0).</source>
            <translation>NeuroMFA: 0 alle behalten, 1 f &gt; 0 markieren, 2 markieren, wenn alpha beim ersten q nicht am größten ist, 3 beides (Vorgabe 0).</translation>
        </message>
        <message>
            <source>Read each row as an edge from its first node to its second (default: undirected).</source>
            <translation>Jede Zeile als Kante vom ersten zum zweiten Knoten lesen (Vorgabe: ungerichtet).</translation>
        </message>
        <message>
            <source>Sandbox: number of centres drawn by the seed (default 0: every node).</source>
            <translation>Sandbox: Anzahl der mit dem Seed gezogenen Zentren (Vorgabe 0: jeder Knoten).</translation>
        </message>
        <message>
            <source>Sandbox: seed of the centre sample (default 1).</source>
            <translation>Sandbox: Seed der Zentrenstichprobe (Vorgabe 1).</translation>
        </message>
        <message>
            <source>--method must be neuromfa-code, neuromfa-paths, sandbox or normalised-growth, got '%1'</source>
            <translation>--method muss neuromfa-code, neuromfa-paths, sandbox oder normalised-growth sein, erhalten: '%1'</translation>
        </message>
        <message>
            <source>--max-distance must be a number above 1</source>
            <translation>--max-distance muss eine Zahl über 1 sein</translation>
        </message>
        <message>
            <source>--min-edges must be a whole number from 0 to 1e9</source>
            <translation>--min-edges muss eine ganze Zahl von 0 bis 1e9 sein</translation>
        </message>
        <message>
            <source>--round-digits must be a whole number from 0 to 6</source>
            <translation>--round-digits muss eine ganze Zahl von 0 bis 6 sein</translation>
        </message>
        <message>
            <source>--filter-mode must be 0, 1, 2 or 3</source>
            <translation>--filter-mode muss 0, 1, 2 oder 3 sein</translation>
        </message>
        <message>
            <source>--centres must be a whole number from 0 to 1e9</source>
            <translation>--centres muss eine ganze Zahl von 0 bis 1e9 sein</translation>
        </message>
        <message>
            <source>--seed must be a whole number from 0 to 2147483647</source>
            <translation>--seed muss eine ganze Zahl von 0 bis 2147483647 sein</translation>
        </message>
    </context>
    <context>
        <name>MeasurePermutation</name>
        <message>
            <source>yes: divide by ln d! (default); no: the entropy in nats.</source>
            <translation>yes: durch ln d! teilen (Standard); no: die Entropie in nats.</translation>
        </message>
        <message>
            <source>yes|no</source>
            <translation>yes|no</translation>
        </message>
        <message>
            <source>no: every window counts once (default); yes: each window counts with the variance of its values (Fadlallah et al. 2013).</source>
            <translation>no: jedes Fenster zählt einmal (Standard); yes: jedes Fenster zählt mit der Varianz seiner Werte (Fadlallah et al. 2013).</translation>
        </message>
        <message>
            <source>--normalise must be yes or no, not '%1'</source>
            <translation>--normalise muss yes oder no sein, nicht '%1'</translation>
        </message>
        <message>
            <source>--weighted must be yes or no, not '%1'</source>
            <translation>--weighted muss yes oder no sein, nicht '%1'</translation>
        </message>
        <message>
            <source>Order d of the ordinal patterns, 2 to 8 (default 3), or fnn (false nearest neighbours) or cao (Cao's E1): the embedding dimension chosen from the series.</source>
            <translation>Ordnung d der Ordinalmuster, 2 bis 8 (Standard 3), oder fnn (falsche nächste Nachbarn) oder cao (Caos E1): die aus der Reihe gewählte Einbettungsdimension.</translation>
        </message>
        <message>
            <source>D|fnn|cao</source>
            <translation>D|fnn|cao</translation>
        </message>
        <message>
            <source>Delay tau between a pattern's samples (default 1), or ami (the first minimum of the average mutual information) or acf (the first zero of the autocorrelation), as measure embedding chooses them.</source>
            <translation>Verzögerung tau zwischen den Werten eines Musters (Standard 1), oder ami (das erste Minimum der mittleren Transinformation) oder acf (die erste Nullstelle der Autokorrelation), wie measure embedding sie wählt.</translation>
        </message>
        <message>
            <source>TAU|ami|acf</source>
            <translation>TAU|ami|acf</translation>
        </message>
    </context>
    <context>
        <name>MeasureRqa</name>
        <message>
            <source>Threshold: a distance (abs), a fraction of the series' standard deviation (sd, default 0.1) or a recurrence rate in (0, 1] (rate).</source>
            <translation>Schwelle: ein Abstand (abs), ein Bruchteil der Standardabweichung der Reihe (sd, Standard 0.1) oder eine Rekurrenzrate in (0, 1] (rate).</translation>
        </message>
        <message>
            <source>EPS</source>
            <translation>EPS</translation>
        </message>
        <message>
            <source>sd (default), abs or rate: how --eps is read.</source>
            <translation>sd (Standard), abs oder rate: wie --eps gelesen wird.</translation>
        </message>
        <message>
            <source>sd|abs|rate</source>
            <translation>sd|abs|rate</translation>
        </message>
        <message>
            <source>max (default) or euclidean.</source>
            <translation>max (Standard) oder euclidean.</translation>
        </message>
        <message>
            <source>max|euclidean</source>
            <translation>max|euclidean</translation>
        </message>
        <message>
            <source>Theiler window w: pairs |i-j| &lt; w are left out (default 1).</source>
            <translation>Theiler-Fenster w: Paare mit |i-j| &lt; w werden ausgelassen (Standard 1).</translation>
        </message>
        <message>
            <source>W</source>
            <translation>W</translation>
        </message>
        <message>
            <source>Shortest diagonal line DET, L_mean and ENTR count (default 2).</source>
            <translation>Kürzeste diagonale Linie, die DET, L_mean und ENTR zählen (Standard 2).</translation>
        </message>
        <message>
            <source>L</source>
            <translation>L</translation>
        </message>
        <message>
            <source>Shortest vertical line LAM and TT count (default 2).</source>
            <translation>Kürzeste vertikale Linie, die LAM und TT zählen (Standard 2).</translation>
        </message>
        <message>
            <source>V</source>
            <translation>V</translation>
        </message>
        <message>
            <source>Also draw the recurrence plot as BASE.png, .svg and .pdf (not with --window).</source>
            <translation>Zeichnet auch den Rekurrenzplot als BASE.png, .svg und .pdf (nicht mit --window).</translation>
        </message>
        <message>
            <source>BASE</source>
            <translation>BASIS</translation>
        </message>
        <message>
            <source>Windowed RQA: samples per window (default 0: the whole series).</source>
            <translation>RQA in Fenstern: Abtastwerte je Fenster (Standard 0: die ganze Reihe).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Windowed RQA: samples between window starts (default: the window).</source>
            <translation>RQA in Fenstern: Abtastwerte zwischen den Fensteranfängen (Standard: das Fenster).</translation>
        </message>
        <message>
            <source>--figure: no drawing platform</source>
            <translation>--figure: keine Zeichenplattform</translation>
        </message>
        <message>
            <source>--figure: this build draws no figures</source>
            <translation>--figure: diese Version zeichnet keine Abbildungen</translation>
        </message>
        <message>
            <source>--theiler must be a whole number from 0 to 1e6</source>
            <translation>--theiler muss eine ganze Zahl von 0 bis 1e6 sein</translation>
        </message>
        <message>
            <source>--lmin and --vmin must be whole numbers from 1 to 1e6</source>
            <translation>--lmin und --vmin müssen ganze Zahlen von 1 bis 1e6 sein</translation>
        </message>
        <message>
            <source>--window and --step must be whole numbers &gt;= 0</source>
            <translation>--window und --step müssen ganze Zahlen &gt;= 0 sein</translation>
        </message>
        <message>
            <source>--eps-mode must be sd, abs or rate, not '%1'</source>
            <translation>--eps-mode muss sd, abs oder rate sein, nicht '%1'</translation>
        </message>
        <message>
            <source>--norm must be max or euclidean, not '%1'</source>
            <translation>--norm muss max oder euclidean sein, nicht '%1'</translation>
        </message>
        <message>
            <source>--eps must be a positive number (a rate at most 1)</source>
            <translation>--eps muss eine positive Zahl sein (eine Rate höchstens 1)</translation>
        </message>
        <message>
            <source>--step needs --window</source>
            <translation>--step braucht --window</translation>
        </message>
        <message>
            <source>--figure draws the whole series' plot, not with --window</source>
            <translation>--figure zeichnet den Plot der ganzen Reihe, nicht mit --window</translation>
        </message>
        <message>
            <source>Embedding dimension m &gt;= 1 (default 1), or fnn (false nearest neighbours) or cao (Cao's E1): chosen from the series with the delay in use.</source>
            <translation>Einbettungsdimension m &gt;= 1 (Standard 1) oder fnn (falsche nächste Nachbarn) oder cao (Caos E1): aus der Reihe mit der verwendeten Verzögerung gewählt.</translation>
        </message>
        <message>
            <source>M|fnn|cao</source>
            <translation>M|fnn|cao</translation>
        </message>
        <message>
            <source>Embedding delay tau &gt;= 1 in samples (default 1), or ami (the first minimum of the average mutual information) or acf (the first zero of the autocorrelation).</source>
            <translation>Einbettungsverzögerung tau &gt;= 1 in Abtastwerten (Standard 1), oder ami (das erste Minimum der mittleren Transinformation) oder acf (die erste Nullstelle der Autokorrelation).</translation>
        </message>
        <message>
            <source>TAU|ami|acf</source>
            <translation>TAU|ami|acf</translation>
        </message>
    </context>
    <context>
        <name>MeasureSampEn</name>
        <message>
            <source>shared: A and B over the same N - m starts (default); all: B over every length-m template.</source>
            <translation>shared: A und B über dieselben N - m Anfänge (Standard); all: B über jede Vorlage der Länge m.</translation>
        </message>
        <message>
            <source>shared|all</source>
            <translation>shared|all</translation>
        </message>
        <message>
            <source>Worker threads (default: all).</source>
            <translation>Arbeitsthreads (Standard: alle).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads muss eine ganze Zahl von 0 bis 4096 sein</translation>
        </message>
        <message>
            <source>--templates must be shared or all, not '%1'</source>
            <translation>--templates muss shared oder all sein, nicht '%1'</translation>
        </message>
        <message>
            <source>Delay between template coordinates (default 1), or ami (the first minimum of the average mutual information) or acf (the first zero of the autocorrelation).</source>
            <translation>Verzögerung zwischen den Koordinaten einer Vorlage (Standard 1), oder ami (das erste Minimum der mittleren Transinformation) oder acf (die erste Nullstelle der Autokorrelation).</translation>
        </message>
        <message>
            <source>TAU|ami|acf</source>
            <translation>TAU|ami|acf</translation>
        </message>
    </context>
    <context>
        <name>MeasureSignificance</name>
        <message>
            <source>unknown surrogate kind '%1' (known: shuffle, ft, aaft, iaaft)</source>
            <translation>unbekannte Surrogat-Art '%1' (bekannt: shuffle, ft, aaft, iaaft)</translation>
        </message>
        <message>
            <source>--surrogate-count must be a whole number from 1 to 1000000</source>
            <translation>--surrogate-count muss eine ganze Zahl von 1 bis 1000000 sein</translation>
        </message>
        <message>
            <source>--surrogate-seed must be a whole number &gt;= 0</source>
            <translation>--surrogate-seed muss eine ganze Zahl &gt;= 0 sein</translation>
        </message>
        <message>
            <source>--tail must be greater, less or two-sided</source>
            <translation>--tail muss greater, less oder two-sided sein</translation>
        </message>
        <message>
            <source>--iaaft-tolerance must be a number &gt;= 0</source>
            <translation>--iaaft-tolerance muss eine Zahl &gt;= 0 sein</translation>
        </message>
        <message>
            <source>--iaaft-max-iterations must be a whole number from 1 to 1000000</source>
            <translation>--iaaft-max-iterations muss eine ganze Zahl von 1 bis 1000000 sein</translation>
        </message>
        <message>
            <source>Test the measure's scalar against surrogates of this kind: shuffle, ft, aaft or iaaft (several columns: one permutation or phase set for all of them).</source>
            <translation>Den Skalar der Messgröße gegen Surrogate dieser Art testen: shuffle, ft, aaft oder iaaft (mehrere Spalten: eine Permutation bzw. ein Phasensatz für alle).</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>ART</translation>
        </message>
        <message>
            <source>Number of surrogates (default 199).</source>
            <translation>Anzahl der Surrogate (Standard 199).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Seed of the surrogates (default 1).</source>
            <translation>Startwert der Surrogate (Standard 1).</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>Tail of the p-value: greater (default), less or two-sided.</source>
            <translation>Seite des p-Werts: greater (Standard), less oder two-sided.</translation>
        </message>
        <message>
            <source>TAIL</source>
            <translation>SEITE</translation>
        </message>
        <message>
            <source>IAAFT stops when its spectrum error changes by at most this fraction (default 1e-4).</source>
            <translation>IAAFT hört auf, wenn sich sein Spektrumfehler um höchstens diesen Anteil ändert (Standard 1e-4).</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>IAAFT iteration cap (default 1000).</source>
            <translation>Höchstzahl der IAAFT-Iterationen (Standard 1000).</translation>
        </message>
        <message>
            <source>--%1 needs --surrogates KIND</source>
            <translation>--%1 braucht --surrogates KIND</translation>
        </message>
        <message>
            <source>measure '%1' has no scalar to test against surrogates</source>
            <translation>die Messgröße '%1' hat keinen Skalar, der gegen Surrogate getestet werden könnte</translation>
        </message>
        <message>
            <source>%1 %2 surrogates</source>
            <translation>%1 %2-Surrogate</translation>
        </message>
        <message>
            <source>--scalar must be one of %1 for measure '%2'</source>
            <translation>--scalar muss für das Maß '%2' eines von %1 sein</translation>
        </message>
        <message>
            <source>Which scalar of the result to test where a measure has several (mfdfa: width, the default, or h2, h at q = 2).</source>
            <translation>Welcher Skalar des Ergebnisses getestet wird, wo ein Maß mehrere hat (mfdfa: width, der Standard, oder h2, h bei q = 2).</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>SCHLÜSSEL</translation>
        </message>
    </context>
    <context>
        <name>MeasureSync</name>
        <message>
            <source>Spike threshold (default 0).</source>
            <translation>Spike-Schwelle (Standard 0).</translation>
        </message>
        <message>
            <source>T</source>
            <translation>T</translation>
        </message>
        <message>
            <source>LIST</source>
            <translation>LISTE</translation>
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
            <source>Node (1-based position in --columns) the per-node correlations refer to (default 1).</source>
            <translation>Knoten (Position ab 1 in --columns), auf den sich die Korrelationen pro Knoten beziehen (Standard 1).</translation>
        </message>
        <message>
            <source>H</source>
            <translation>H</translation>
        </message>
        <message>
            <source>Worker threads (default: all).</source>
            <translation>Arbeitsthreads (Standard: alle).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>--hub must be a whole number from 1 to %1</source>
            <translation>--hub muss eine ganze Zahl von 1 bis %1 sein</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads muss eine ganze Zahl von 0 bis 4096 sein</translation>
        </message>
        <message>
            <source>--local-half-width must be a whole number &gt;= 0</source>
            <translation>--local-half-width muss eine ganze Zahl &gt;= 0 sein</translation>
        </message>
        <message>
            <source>A node (1-based position in --columns) that is not on the ring, as a ring-star's hub: the ring is the other columns in order (default: every column is on the ring).</source>
            <translation>Ein Knoten (Position in --columns, ab 1), der nicht auf dem Ring liegt, wie die Nabe eines Ring-Stern-Netzes: der Ring sind die übrigen Spalten in ihrer Reihenfolge (Standard: jede Spalte liegt auf dem Ring).</translation>
        </message>
        <message>
            <source>--ring-hub must be a whole number from 1 to %1</source>
            <translation>--ring-hub muss eine ganze Zahl von 1 bis %1 sein</translation>
        </message>
        <message>
            <source>How phases are obtained: spike (upward threshold crossings, default), centred (angle of (x - &lt;x&gt;, y - &lt;y&gt;) with --y-columns), arctan (atan2(y, x), uncentred, with --y-columns), hilbert (angle of the analytic signal of x - &lt;x&gt;) or given (the columns are phases in radians).</source>
            <translation>Wie die Phasen bestimmt werden: spike (Aufwärtsdurchgänge durch die Schwelle, Standard), centred (Winkel von (x - &lt;x&gt;, y - &lt;y&gt;) mit --y-columns), arctan (atan2(y, x), unzentriert, mit --y-columns), hilbert (Winkel des analytischen Signals von x - &lt;x&gt;) oder given (die Spalten sind Phasen im Bogenmaß).</translation>
        </message>
        <message>
            <source>spike|centred|arctan|hilbert|given</source>
            <translation>spike|centred|arctan|hilbert|given</translation>
        </message>
        <message>
            <source>Centred and arctan phases: the y column of each node, in --columns order.</source>
            <translation>Zentrierte und Arkustangens-Phasen: die y-Spalte jedes Knotens, in der Reihenfolge von --columns.</translation>
        </message>
        <message>
            <source>Half-width of the ring neighbourhood of the local order parameter (default max(1, ring nodes/10)).</source>
            <translation>Halbe Breite der Ringnachbarschaft des lokalen Ordnungsparameters (Standard max(1, Ringknoten/10)).</translation>
        </message>
        <message>
            <source>note: --phases %1 is deprecated, use --phases %2</source>
            <translation>Hinweis: --phases %1 ist veraltet, verwenden Sie --phases %2</translation>
        </message>
        <message>
            <source>--phases must be one of %1, not '%2'</source>
            <translation>--phases muss eines von %1 sein, nicht '%2'</translation>
        </message>
        <message>
            <source>--phases %1 needs --y-columns with one column per node (%2)</source>
            <translation>--phases %1 braucht --y-columns mit einer Spalte je Knoten (%2)</translation>
        </message>
        <message>
            <source>The scalar of the correlation matrix: all-pairs (mean over all pairs, default), hub (mean of the hub's correlations with every other node) or ring-neighbours (mean over the ring's edges i ~ i+1).</source>
            <translation>Der Skalar der Korrelationsmatrix: all-pairs (Mittelwert über alle Paare, Standard), hub (Mittelwert der Korrelationen der Nabe mit jedem anderen Knoten) oder ring-neighbours (Mittelwert über die Kanten i ~ i+1 des Rings).</translation>
        </message>
        <message>
            <source>hub|all-pairs|ring-neighbours</source>
            <translation>hub|all-pairs|ring-neighbours</translation>
        </message>
        <message>
            <source>--correlation must be one of %1, not '%2'</source>
            <translation>--correlation muss eines von %1 sein, nicht '%2'</translation>
        </message>
        <message>
            <source>--y-columns: %1</source>
            <translation>--y-columns: %1</translation>
        </message>
    </context>
    <context>
        <name>MeasureTolerance</name>
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
            <source>--r must be a positive number</source>
            <translation>--r muss eine positive Zahl sein</translation>
        </message>
        <message>
            <source>--ddof must be 0 or 1</source>
            <translation>--ddof muss 0 oder 1 sein</translation>
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
            <source>Template length m &gt;= 1 (default 2), or fnn (false nearest neighbours) or cao (Cao's E1): chosen from the series as measure embedding does.</source>
            <translation>Vorlagenlänge m &gt;= 1 (Standard 2), oder fnn (falsche nächste Nachbarn) oder cao (Caos E1): aus der Reihe gewählt wie bei measure embedding.</translation>
        </message>
        <message>
            <source>M|fnn|cao</source>
            <translation>M|fnn|cao</translation>
        </message>
    </context>
    <context>
        <name>MeasureZeroOne</name>
        <message>
            <source>Seed of the c draw (default 1).</source>
            <translation>Startwert der c-Auswahl (Standard 1).</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>Number of c values drawn (default 100).</source>
            <translation>Anzahl der gezogenen c-Werte (Standard 100).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Lower end of the c draw (default pi/5).</source>
            <translation>Unteres Ende der c-Auswahl (Standard pi/5).</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
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
            <source>FILE</source>
            <translation>DATEI</translation>
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
            <source>Worker threads (default: all).</source>
            <translation>Arbeitsthreads (Standard: alle).</translation>
        </message>
        <message>
            <source>--seed must be a whole number &gt;= 0</source>
            <translation>--seed muss eine ganze Zahl &gt;= 0 sein</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads muss eine ganze Zahl von 0 bis 4096 sein</translation>
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
            <source>--c-count must be a whole number from 1 to 1e6</source>
            <translation>--c-count muss eine ganze Zahl von 1 bis 1e6 sein</translation>
        </message>
        <message>
            <source>--n-cut must be a whole number &gt;= 0</source>
            <translation>--n-cut muss eine ganze Zahl &gt;= 0 sein</translation>
        </message>
    </context>
    <context>
        <name>MergeCommand</name>
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
            <source>Write data only: no figures.</source>
            <translation>Nur Daten schreiben: keine Abbildungen.</translation>
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
            <source>Write into DIR even when it holds files that are not the output of an earlier run (they stay; files of the same name are replaced).</source>
            <translation>In DIR schreiben, auch wenn es Dateien enthält, die nicht von einem früheren Lauf stammen (sie bleiben; gleichnamige Dateien werden ersetzt).</translation>
        </message>
    </context>
    <context>
        <name>ModelFile</name>
        <message>
            <source>line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>line %1: %2: %3</source>
            <translation>Zeile %1: %2: %3</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 has %2 bytes, more than the %3 a model file may have</source>
            <translation>%1 hat %2 Bytes, mehr als die %3, die eine Modelldatei haben darf</translation>
        </message>
    </context>
    <context>
        <name>ModelsCommand</name>
        <message>
            <source>flow (continuous time)</source>
            <translation>Fluss (kontinuierliche Zeit)</translation>
        </message>
        <message>
            <source>map</source>
            <translation>Abbildung</translation>
        </message>
        <message>
            <source>%1, variables: %2</source>
            <translation>%1, Variablen: %2</translation>
        </message>
        <message>
            <source>Models (details: 'neurodyn-cli models NAME'):
</source>
            <translation>Modelle (Einzelheiten: 'neurodyn-cli models NAME'):
</translation>
        </message>
        <message>
            <source>Variables (%1):</source>
            <translation>Variablen (%1):</translation>
        </message>
        <message>
            <source>default initial state:</source>
            <translation>Vorgabe-Anfangszustand:</translation>
        </message>
        <message>
            <source>Parameters (set with --param NAME=VALUE):
</source>
            <translation>Parameter (setzen mit --param NAME=WERT):
</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>valid range</source>
            <translation>gültiger Bereich</translation>
        </message>
        <message>
            <source>typical range</source>
            <translation>typischer Bereich</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Structural settings: none</source>
            <translation>Strukturelle Einstellungen: keine</translation>
        </message>
        <message>
            <source>Structural settings (set with --setting NAME=VALUE):
</source>
            <translation>Strukturelle Einstellungen (setzen mit --setting NAME=WERT):
</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>choices</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <source>(free)</source>
            <translation>(frei)</translation>
        </message>
        <message>
            <source>List the models (and network presets) with their display names; with NAME, the model's variables, parameters (default, valid and typical range, description) and structural settings (value, choices, description), as 'simulate' and study files use them.

Example: neurodyn-cli models ring-star --setting N=10</source>
            <translation>Listet die Modelle (und Netzwerkvorlagen) mit ihren Anzeigenamen; mit NAME die Variablen des Modells, seine Parameter (Vorgabe, gültiger und typischer Bereich, Beschreibung) und strukturellen Einstellungen (Wert, Auswahl, Beschreibung), wie 'simulate' und Studiendateien sie verwenden.

Beispiel: neurodyn-cli models ring-star --setting N=10</translation>
        </message>
        <message>
            <source>Model type (optional).</source>
            <translation>Modelltyp (optional).</translation>
        </message>
        <message>
            <source>With NAME: show the model built with this structural setting, NAME=VALUE (repeatable; the variables and parameters can depend on the settings).</source>
            <translation>Mit NAME: das Modell mit dieser strukturellen Einstellung zeigen, NAME=WERT (wiederholbar; Variablen und Parameter können von den Einstellungen abhängen).</translation>
        </message>
        <message>
            <source>name=value</source>
            <translation>Name=Wert</translation>
        </message>
        <message>
            <source>unexpected argument '%1'</source>
            <translation>unerwartetes Argument '%1'</translation>
        </message>
        <message>
            <source>--setting needs a model NAME</source>
            <translation>--setting braucht einen Modellnamen NAME</translation>
        </message>
        <message>
            <source>unknown model '%1' (known: %2)</source>
            <translation>unbekanntes Modell '%1' (bekannt: %2)</translation>
        </message>
        <message>
            <source>unknown model '%1' (did you mean %2?)</source>
            <translation>unbekanntes Modell '%1' (meinten Sie %2?)</translation>
        </message>
        <message>
            <source>--setting expects NAME=VALUE, got '%1'</source>
            <translation>--setting erwartet NAME=WERT, erhalten: '%1'</translation>
        </message>
        <message>
            <source>the %1 model has no setting '%2' (its settings: %3)</source>
            <translation>das Modell %1 hat keine Einstellung '%2' (seine Einstellungen: %3)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Show the model of this study file, with its settings and linked parameters (model.links) among the parameters.</source>
            <translation>Das Modell dieser Studiendatei zeigen, mit seinen Einstellungen und den verknüpften Parametern (model.links) unter den Parametern.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>--study shows the study's own model: give no NAME or --setting</source>
            <translation>--study zeigt das Modell der Studie selbst: weder NAME noch --setting angeben</translation>
        </message>
        <message>
            <source>Show the typed model of this file (NeuroDyn's model language, or an XPPAUT .ode file), as 'simulate --model-file' runs it.</source>
            <translation>Das eingegebene Modell dieser Datei zeigen (NeuroDyns Modellsprache oder eine XPPAUT-.ode-Datei), wie 'simulate --model-file' es ausführt.</translation>
        </message>
        <message>
            <source>--model-file shows the file's own model: give no NAME, --setting or --study</source>
            <translation>--model-file zeigt das Modell der Datei: keinen NAME, kein --setting und kein --study angeben</translation>
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
        <name>NeuroMfaCommand</name>
        <message>
            <source>%1: not a tile of 'neurodyn-cli neuromfa --tile'</source>
            <translation>%1: keine Kachel von 'neurodyn-cli neuromfa --tile'</translation>
        </message>
        <message>
            <source>%1: a tile of another series or other settings</source>
            <translation>%1: eine Kachel einer anderen Reihe oder mit anderen Einstellungen</translation>
        </message>
        <message>
            <source>%1: tile %2 of %3 is given twice or out of range</source>
            <translation>%1: Kachel %2 von %3 ist doppelt angegeben oder außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>tile %1 of %2 is missing</source>
            <translation>Kachel %1 von %2 fehlt</translation>
        </message>
        <message>
            <source>the tiles do not hold every checkpoint of their series</source>
            <translation>die Kacheln enthalten nicht jeden Checkpoint ihrer Reihe</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to %3</source>
            <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
        </message>
        <message>
            <source>--weights names the matrices itself; leave out --preset (or give --preset none)</source>
            <translation>--weights nennt die Matrizen selbst; --preset weglassen (oder --preset none angeben)</translation>
        </message>
        <message>
            <source>--preset none needs --weights (the weight names in forward order)</source>
            <translation>--preset none braucht --weights (die Gewichtsnamen in Vorwärtsreihenfolge)</translation>
        </message>
        <message>
            <source>unknown method '%1' (known: %2)</source>
            <translation>unbekannte Methode '%1' (bekannt: %2)</translation>
        </message>
        <message>
            <source>--max-distance must be a number above 1</source>
            <translation>--max-distance muss eine Zahl über 1 sein</translation>
        </message>
        <message>
            <source>--q must be a comma-separated list of numbers</source>
            <translation>--q muss eine kommagetrennte Zahlenliste sein</translation>
        </message>
        <message>
            <source>--out DIR is required (the folder for neuromfa.json, the CSV tables and the figures)</source>
            <translation>--out DIR ist nötig (der Ordner für neuromfa.json, die CSV-Tabellen und die Abbildungen)</translation>
        </message>
        <message>
            <source>--tile expects i/n with 0 &lt;= i &lt; n, got '%1'</source>
            <translation>--tile erwartet i/n mit 0 &lt;= i &lt; n, erhalten: '%1'</translation>
        </message>
        <message>
            <source>--merge and --tile exclude each other</source>
            <translation>--merge und --tile schließen einander aus</translation>
        </message>
        <message>
            <source>no tile file given</source>
            <translation>keine Kacheldatei angegeben</translation>
        </message>
        <message>
            <source>no checkpoint given (weight files or folders of them)</source>
            <translation>kein Checkpoint angegeben (Gewichtsdateien oder Ordner davon)</translation>
        </message>
        <message>
            <source>NeuroMFA over training: the neuron interaction networks of each checkpoint, their multifractal spectra and the degree of emergence E(t) = (w(t)/w(t0)) ln(alpha_0(t0)/alpha_0(t)).
CHECKPOINT: .safetensors, .npz (uncompressed) or .npy files, or folders of them; the training step is read from each file name (the digits after 'step', else the last digits: step1000.safetensors, model-step_2000.npz).</source>
            <translation>NeuroMFA über das Training: die Neuronen-Interaktionsnetze jedes Checkpoints, ihre multifraktalen Spektren und der Emergenzgrad E(t) = (w(t)/w(t0)) ln(alpha_0(t0)/alpha_0(t)).
CHECKPOINT: .safetensors-, .npz- (unkomprimiert) oder .npy-Dateien oder Ordner davon; der Trainingsschritt wird aus jedem Dateinamen gelesen (die Ziffern nach 'step', sonst die letzten Ziffern: step1000.safetensors, model-step_2000.npz).</translation>
        </message>
        <message>
            <source>Model layout: gpt-neox (Hugging Face GPT-NeoX / Pythia names) or none.</source>
            <translation>Modellaufbau: gpt-neox (Hugging-Face-Namen von GPT-NeoX / Pythia) oder none.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>Instead of a preset: the weight matrices in forward order, comma-separated; {i} stands for the block number (blocks 0, 1, ... while the first name exists).</source>
            <translation>Statt einer Vorgabe: die Gewichtsmatrizen in Vorwärtsreihenfolge, kommagetrennt; {i} steht für die Blocknummer (Blöcke 0, 1, ... solange der erste Name existiert).</translation>
        </message>
        <message>
            <source>LIST</source>
            <translation>LISTE</translation>
        </message>
        <message>
            <source>Neurons sampled per layer, s (default 32; the 2024 code used 64).</source>
            <translation>Je Schicht gezogene Neuronen, s (Standard 32; der Code von 2024 nahm 64).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Subnetworks per checkpoint, seeds first-seed.. (default 10).</source>
            <translation>Teilnetze je Checkpoint, Startwerte ab first-seed (Standard 10).</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Seed of the first subnetwork (default 0).</source>
            <translation>Startwert des ersten Teilnetzes (Standard 0).</translation>
        </message>
        <message>
            <source>Spectrum estimator: neuromfa-code (the official code, default), neuromfa-paths, sandbox or normalised-growth.</source>
            <translation>Spektrumschätzer: neuromfa-code (der offizielle Code, Standard), neuromfa-paths, sandbox oder normalised-growth.</translation>
        </message>
        <message>
            <source>The q grid, comma-separated (default: the method's; NeuroMFA: -3 to 3 by 0.1).</source>
            <translation>Das q-Gitter, kommagetrennt (Standard: das der Methode; NeuroMFA: -3 bis 3 in Schritten von 0.1).</translation>
        </message>
        <message>
            <source>NeuroMFA: largest distance 1/|w| kept (default 150).</source>
            <translation>NeuroMFA: größter behaltener Abstand 1/|w| (Standard 150).</translation>
        </message>
        <message>
            <source>D</source>
            <translation>D</translation>
        </message>
        <message>
            <source>NeuroMFA: a node is kept with more than this many edges (default 10).</source>
            <translation>NeuroMFA: ein Knoten bleibt mit mehr als so vielen Kanten (Standard 10).</translation>
        </message>
        <message>
            <source>NeuroMFA: decimals distances are rounded to (default 0).</source>
            <translation>NeuroMFA: Dezimalstellen, auf die Abstände gerundet werden (Standard 0).</translation>
        </message>
        <message>
            <source>NeuroMFA: drop subnetworks as the official code's filter_mode 0-3 (default 0: none).</source>
            <translation>NeuroMFA: Teilnetze verwerfen wie filter_mode 0-3 des offiziellen Codes (Standard 0: keine).</translation>
        </message>
        <message>
            <source>Benchmark scores for E against accuracy: CSV with the step first, one column per benchmark.</source>
            <translation>Benchmark-Ergebnisse für E gegen die Genauigkeit: CSV mit dem Schritt zuerst, eine Spalte je Benchmark.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>Output folder (required).</source>
            <translation>Ausgabeordner (nötig).</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>VERZEICHNIS</translation>
        </message>
        <message>
            <source>Compute only tile i of n (0-based) of the checkpoints, into DIR/neuromfa-tile-i-of-n.json, for a later --merge; under mpirun each rank is a tile and rank 0 merges.</source>
            <translation>Nur Kachel i von n (ab 0) der Checkpoints berechnen, nach DIR/neuromfa-tile-i-of-n.json, für ein späteres --merge; unter mpirun ist jeder Rang eine Kachel und Rang 0 führt zusammen.</translation>
        </message>
        <message>
            <source>i/n</source>
            <translation>i/n</translation>
        </message>
        <message>
            <source>The arguments are the tile files of --tile (all n): write the results of the whole series from them.</source>
            <translation>Die Argumente sind die Kacheldateien von --tile (alle n): daraus die Ergebnisse der ganzen Reihe schreiben.</translation>
        </message>
        <message>
            <source>Worker threads (default: all cores).</source>
            <translation>Arbeitsthreads (Standard: alle Kerne).</translation>
        </message>
        <message>
            <source>Write into a folder that holds other files.</source>
            <translation>In einen Ordner schreiben, der andere Dateien enthält.</translation>
        </message>
        <message>
            <source>Write the data only.</source>
            <translation>Nur die Daten schreiben.</translation>
        </message>
        <message>
            <source>No progress bar.</source>
            <translation>Keine Fortschrittsanzeige.</translation>
        </message>
        <message>
            <source>Weight files or folders of them.</source>
            <translation>Gewichtsdateien oder Ordner davon.</translation>
        </message>
        <message>
            <source>cannot read the tile %1</source>
            <translation>die Kachel %1 kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>--tile cannot be combined with mpirun (each rank already is a tile)</source>
            <translation>--tile lässt sich nicht mit mpirun kombinieren (jeder Rang ist bereits eine Kachel)</translation>
        </message>
        <message>
            <source>NeuroMFA: %1 checkpoints x %2 subnetworks</source>
            <translation>NeuroMFA: %1 Checkpoints x %2 Teilnetze</translation>
        </message>
        <message>
            <source>canceled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>a rank failed</source>
            <translation>ein Rang ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>cannot create the output folder %1</source>
            <translation>der Ausgabeordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>this build draws no figures (data only)</source>
            <translation>dieser Build zeichnet keine Abbildungen (nur Daten)</translation>
        </message>
        <message>
            <source>wrote %1 files to %2</source>
            <translation>%1 Dateien nach %2 geschrieben</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>%1: the tile's field '%2' must be a whole number from %3 to %4 (got %5)</source>
            <translation>%1: Das Feld '%2' der Kachel muss eine ganze Zahl von %3 bis %4 sein (erhalten: %5)</translation>
        </message>
        <message>
            <source>%1: the tile's field 'step' must be a finite number</source>
            <translation>%1: Das Feld 'step' der Kachel muss eine endliche Zahl sein</translation>
        </message>
    </context>
    <context>
        <name>NeuroMfaCompute</name>
        <message>
            <source>no checkpoint given (weight files or folders of them)</source>
            <translation>kein Checkpoint angegeben (Gewichtsdateien oder Ordner davon)</translation>
        </message>
        <message>
            <source>cannot read the scores file %1</source>
            <translation>die Ergebnisdatei %1 kann nicht gelesen werden</translation>
        </message>
    </context>
    <context>
        <name>OrbitDiagramTask</name>
        <message>
            <source>%1 wrapped to (−π, π]</source>
            <translation>%1 auf (−π, π] gefaltet</translation>
        </message>
    </context>
    <context>
        <name>OrbitResult</name>
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
            <source>orbit diagram</source>
            <translation>Orbitdiagramm</translation>
        </message>
    </context>
    <context>
        <name>OutputFolder</name>
        <message>
            <source>cannot create the output folder %1</source>
            <translation>der Ausgabeordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>cannot remove %1 of the earlier run</source>
            <translation>%1 des früheren Laufs kann nicht entfernt werden</translation>
        </message>
        <message>
            <source>cannot remove %1: %2</source>
            <translation>%1 kann nicht entfernt werden: %2</translation>
        </message>
        <message>
            <source>the output folder %1 is not empty and holds no earlier neurodyn-cli output (no %2): choose an empty folder, or add --force to write beside its files</source>
            <translation>der Ausgabeordner %1 ist nicht leer und enthält keine frühere Ausgabe von neurodyn-cli (kein %2): einen leeren Ordner wählen oder --force angeben, um neben seine Dateien zu schreiben</translation>
        </message>
        <message>
            <source>cannot write the manifest: %1</source>
            <translation>das Manifest kann nicht geschrieben werden: %1</translation>
        </message>
    </context>
    <context>
        <name>PlotExport</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <name>RecurrenceFigures</name>
        <message>
            <source>given</source>
            <translation>gegeben</translation>
        </message>
        <message>
            <source>Recurrence plot: m = %1 (%2), tau = %3 (%4), eps = %5; RR = %6, DET = %7</source>
            <translation>Rekurrenzplot: m = %1 (%2), tau = %3 (%4), eps = %5; RR = %6, DET = %7</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>undefiniert</translation>
        </message>
        <message>
            <source>Windowed RQA: windows of %1 samples every %2, m = %3, tau = %4</source>
            <translation>Gefensterte RQA: Fenster von %1 Abtastwerten alle %2, m = %3, tau = %4</translation>
        </message>
    </context>
    <context>
        <name>RecurrenceJson</name>
        <message>
            <source>windowed run: DET per window is in "windows"</source>
            <translation>Lauf in Fenstern: DET je Fenster steht in "windows"</translation>
        </message>
        <message>
            <source>no delay was chosen</source>
            <translation>es wurde keine Verzögerung gewählt</translation>
        </message>
    </context>
    <context>
        <name>RunCommand</name>
        <message>
            <source>--tile cannot be combined with mpirun (each rank already is a tile)</source>
            <translation>--tile lässt sich nicht mit mpirun kombinieren (jeder Rang ist bereits eine Kachel)</translation>
        </message>
        <message>
            <source>cannot create the output folder %1</source>
            <translation>der Ausgabeordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Study file (see 'neurodyn-cli example').</source>
            <translation>Studiendatei (siehe 'neurodyn-cli example').</translation>
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
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>No progress bar.</source>
            <translation>Keine Fortschrittsanzeige.</translation>
        </message>
        <message>
            <source>Write data only: no figures.</source>
            <translation>Nur Daten schreiben: keine Abbildungen.</translation>
        </message>
        <message>
            <source>expected exactly one STUDY file</source>
            <translation>erwartet: genau eine STUDIEN-Datei</translation>
        </message>
        <message>
            <source>--out DIR is required</source>
            <translation>--out VERZEICHNIS ist erforderlich</translation>
        </message>
        <message>
            <source>--threads must be a whole number from 0 to 4096</source>
            <translation>--threads muss eine ganze Zahl von 0 bis 4096 sein</translation>
        </message>
        <message>
            <source>--tile expects i/n with 0 &lt;= i &lt; n, got '%1'</source>
            <translation>--tile erwartet i/n mit 0 &lt;= i &lt; n, erhalten: '%1'</translation>
        </message>
        <message>
            <source>Write into DIR even when it holds files that are not the output of an earlier run (they stay; files of the same name are replaced).</source>
            <translation>In DIR schreiben, auch wenn es Dateien enthält, die nicht von einem früheren Lauf stammen (sie bleiben; gleichnamige Dateien werden ersetzt).</translation>
        </message>
        <message>
            <source>Run every analysis a study file describes and write each result into DIR as CSV plus a JSON twin with the settings, conventions, the numbers a referee asks for and the app version: trajectory always, and one result per section of the study's analyses, named as the section: orbit_diagram, parameter_scan, fixed_points, lyapunov, zero_one, sample_entropy, synchrony, mfdfa, network_spectrum, continuation, basins, attractors, akorn, mse, permutation_entropy, apen, rqa, embedding, neuromfa. Builds with figures (NEURODYN_CLI_FIGURES) also draw every result as .png/.svg/.pdf with the GUI's plot views (a composite view one file set per sub-plot, &lt;name&gt;-&lt;part&gt;); --no-figures writes data only.

Scale-out: under 'mpirun -np P' the orbit diagram (fixed initial-state policy) and the scan are split into P column tiles and the basins into P row tiles, one per rank, and rank 0 computes the other analyses and writes results identical to a single-process run. With --tile i/n (i = 0 .. n-1) only that tile is computed, into DIR/tile-i-of-n.ndtile; 'neurodyn-cli merge --out DIR TILES...' then writes the results (e.g. a Slurm job array with i = $SLURM_ARRAY_TASK_ID).</source>
            <translation>Führt jede Analyse aus, die eine Studiendatei beschreibt, und schreibt jedes Ergebnis nach DIR als CSV plus JSON-Zwilling mit den Einstellungen, Konventionen, den Zahlen, nach denen ein Gutachter fragt, und der App-Version: immer die Trajektorie, und ein Ergebnis je Abschnitt der Analysen der Studie, benannt wie der Abschnitt: orbit_diagram, parameter_scan, fixed_points, lyapunov, zero_one, sample_entropy, synchrony, mfdfa, network_spectrum, continuation, basins, attractors, akorn, mse, permutation_entropy, apen, rqa, embedding, neuromfa. Builds mit Abbildungen (NEURODYN_CLI_FIGURES) zeichnen außerdem jedes Ergebnis als .png/.svg/.pdf mit den Plotansichten der GUI (eine zusammengesetzte Ansicht ein Dateisatz je Teilplot, &lt;name&gt;-&lt;part&gt;); --no-figures schreibt nur Daten.

Skalierung: unter 'mpirun -np P' werden das Orbitdiagramm (feste Anfangszustands-Strategie) und der Scan in P Spaltenkacheln und die Einzugsgebiete in P Zeilenkacheln aufgeteilt, eine je Rang, und Rang 0 berechnet die übrigen Analysen und schreibt Ergebnisse, die einem Lauf mit einem Prozess gleichen. Mit --tile i/n (i = 0 .. n-1) wird nur diese Kachel berechnet, nach DIR/tile-i-of-n.ndtile; 'neurodyn-cli merge --out DIR TILES...' schreibt dann die Ergebnisse (z. B. ein Slurm-Job-Array mit i = $SLURM_ARRAY_TASK_ID).</translation>
        </message>
    </context>
    <context>
        <name>RunPlan</name>
        <message>
            <source>a tile file is truncated or damaged</source>
            <translation>eine Kacheldatei ist abgeschnitten oder beschädigt</translation>
        </message>
        <message>
            <source>a tile holds no %1 part</source>
            <translation>eine Kachel enthält keinen Teil %1</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
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
            <source>parameter scan, tile %1/%2</source>
            <translation>Parameterscan, Kachel %1/%2</translation>
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
            <source>basins, tile %1/%2</source>
            <translation>Einzugsgebiete, Kachel %1/%2</translation>
        </message>
        <message>
            <source>attractors, tile %1/%2</source>
            <translation>Attraktoren, Kachel %1/%2</translation>
        </message>
    </context>
    <context>
        <name>ScanResult</name>
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
        <message>
            <source>parameter scan</source>
            <translation>Parameterscan</translation>
        </message>
    </context>
    <context>
        <name>SeriesInput</name>
        <message>
            <source>cannot read standard input</source>
            <translation>die Standardeingabe kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
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
            <source>%1, line %2, field %3 is empty (empty fields are not skipped: they would shift the columns after them)</source>
            <translation>%1, Zeile %2, Feld %3 ist leer (leere Felder werden nicht übersprungen: sie würden die folgenden Spalten verschieben)</translation>
        </message>
        <message>
            <source>%1, line %2, field %3: '%4' is a name on a line of numbers (a header line names every column; a data line holds only numbers)</source>
            <translation>%1, Zeile %2, Feld %3: '%4' ist ein Name in einer Zeile aus Zahlen (eine Kopfzeile benennt jede Spalte; eine Datenzeile enthält nur Zahlen)</translation>
        </message>
        <message>
            <source>%1, line %2: more than %3 rows</source>
            <translation>%1, Zeile %2: mehr als %3 Zeilen</translation>
        </message>
        <message>
            <source>%1 is larger than %2 bytes</source>
            <translation>%1 ist größer als %2 Bytes</translation>
        </message>
        <message>
            <source>--gaps is refuse, drop or interpolate, not '%1'</source>
            <translation>--gaps ist refuse, drop oder interpolate, nicht '%1'</translation>
        </message>
        <message>
            <source>column '%1' holds labels, not numbers ('%2' on line %3)</source>
            <translation>Spalte '%1' enthält Beschriftungen, keine Zahlen ('%2' in Zeile %3)</translation>
        </message>
        <message>
            <source>column '%1' has gaps: %2, the first on line %3 (empty fields or missing-value marks such as NaN or NA)</source>
            <translation>Spalte '%1' hat Lücken: %2, die erste in Zeile %3 (leere Felder oder Zeichen für fehlende Werte wie NaN oder NA)</translation>
        </message>
        <message>
            <source>; choose --gaps drop (the series joins across them) or --gaps interpolate</source>
            <translation>; wählen Sie --gaps drop (die Reihe wird über sie hinweg verbunden) oder --gaps interpolate</translation>
        </message>
        <message>
            <source>; no row is left without one</source>
            <translation>; keine Zeile bleibt ohne Lücke</translation>
        </message>
    </context>
    <context>
        <name>SignificanceControls</name>
        <message>
            <source>Surrogates</source>
            <translation>Surrogate</translation>
        </message>
        <message>
            <source>Also test the measure's value against surrogates of the series: the null histogram with the observed value and the p-value (docs/significance.md)</source>
            <translation>Den Wert des Maßes zusätzlich gegen Surrogate der Reihe testen: das Histogramm der Nullverteilung mit dem beobachteten Wert und dem p-Wert (docs/significance.md)</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>shuffle keeps the values; ft the spectrum; aaft and iaaft both (iaaft the spectrum more closely): each tests the structure it destroys</source>
            <translation>shuffle erhält die Werte; ft das Spektrum; aaft und iaaft beides (iaaft das Spektrum genauer): jede Art testet die Struktur, die sie zerstört</translation>
        </message>
        <message>
            <source>Count:</source>
            <translation>Anzahl:</translation>
        </message>
        <message>
            <source>Number of surrogates (199 allows p down to 0.005 on one tail)</source>
            <translation>Anzahl der Surrogate (199 erlauben p bis hinab zu 0.005 einseitig)</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Startwert:</translation>
        </message>
        <message>
            <source>Seed of the surrogates (the same seed, the same set)</source>
            <translation>Startwert der Surrogate (gleicher Startwert, gleiche Menge)</translation>
        </message>
        <message>
            <source>Tail:</source>
            <translation>Seite:</translation>
        </message>
        <message>
            <source>greater: is the value unusually large; less: unusually small; two-sided: either (choose before looking)</source>
            <translation>greater: ist der Wert ungewöhnlich groß; less: ungewöhnlich klein; two-sided: beides (vor dem Hinsehen wählen)</translation>
        </message>
        <message>
            <source>Scalar:</source>
            <translation>Skalar:</translation>
        </message>
        <message>
            <source>Which value of the measure is tested</source>
            <translation>Welcher Wert des Maßes getestet wird</translation>
        </message>
    </context>
    <context>
        <name>SimulateCommand</name>
        <message>
            <source>type</source>
            <translation>Typ</translation>
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
            <source>values</source>
            <translation>Werte</translation>
        </message>
        <message>
            <source>count</source>
            <translation>Anzahl</translation>
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
            <source>unexpected argument '%1'</source>
            <translation>unerwartetes Argument '%1'</translation>
        </message>
        <message>
            <source>--escape-bound must be a positive number</source>
            <translation>--escape-bound muss eine positive Zahl sein</translation>
        </message>
        <message>
            <source>Model type (default chialvo; see 'neurodyn-cli models').</source>
            <translation>Modelltyp (Vorgabe chialvo; siehe 'neurodyn-cli models').</translation>
        </message>
        <message>
            <source>Take the model and the simulation settings from a study file.</source>
            <translation>Modell und Simulationseinstellungen aus einer Studiendatei übernehmen.</translation>
        </message>
        <message>
            <source>Set a structural setting of the model, NAME=VALUE (repeatable), e.g. N=10.</source>
            <translation>Eine strukturelle Einstellung des Modells setzen, NAME=WERT (wiederholbar), z. B. N=10.</translation>
        </message>
        <message>
            <source>Initial state, comma-separated (default: the study's or the model's).</source>
            <translation>Anfangszustand, durch Kommas getrennt (Vorgabe: der der Studie oder des Modells).</translation>
        </message>
        <message>
            <source>Random initial state drawn from SEED, uniform in the --box range, as the GUI's initial-state editor draws it (the same seed gives the same state).</source>
            <translation>Zufälliger Anfangszustand aus dem Startwert SEED, gleichverteilt im Bereich --box, so gezogen wie im Anfangszustands-Editor der GUI (derselbe Startwert ergibt denselben Zustand).</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>Range of the random initial values, FROM,TO (default 0,1; Kuramoto 0,2pi).</source>
            <translation>Bereich der zufälligen Anfangswerte, VON,BIS (Vorgabe 0,1; Kuramoto 0,2pi).</translation>
        </message>
        <message>
            <source>from,to</source>
            <translation>von,bis</translation>
        </message>
        <message>
            <source>Steps discarded before the first row (default: the study's, otherwise 0).</source>
            <translation>Vor der ersten Zeile verworfene Schritte (Vorgabe: die der Studie, sonst 0).</translation>
        </message>
        <message>
            <source>Steps between recorded rows (default: the study's, otherwise 1).</source>
            <translation>Schritte zwischen aufgezeichneten Zeilen (Vorgabe: die der Studie, sonst 1).</translation>
        </message>
        <message>
            <source>|state| beyond this counts as escape (default: the study's, otherwise 1e8).</source>
            <translation>|Zustand| darüber gilt als Flucht (Vorgabe: die der Studie, sonst 1e8).</translation>
        </message>
        <message>
            <source>Flows: time of one step (default: the study's, otherwise 0.01).</source>
            <translation>Flüsse: Zeit eines Schritts (Vorgabe: die der Studie, sonst 0.01).</translation>
        </message>
        <message>
            <source>Flows: rk4 (classical Runge-Kutta with step dt) or dormand_prince (adaptive, sampled every dt); default: the study's, otherwise rk4.</source>
            <translation>Flüsse: rk4 (klassisches Runge-Kutta mit Schritt dt) oder dormand_prince (adaptiv, alle dt abgetastet); Vorgabe: die der Studie, sonst rk4.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>%1 expects NAME=VALUE, got '%2'</source>
            <translation>%1 erwartet NAME=WERT, erhalten: '%2'</translation>
        </message>
        <message>
            <source>--model and --study cannot be combined (the study names its model)</source>
            <translation>--model und --study lassen sich nicht kombinieren (die Studie nennt ihr Modell)</translation>
        </message>
        <message>
            <source>the %1 model has no structural settings ('neurodyn-cli models %1')</source>
            <translation>das Modell %1 hat keine strukturellen Einstellungen ('neurodyn-cli models %1')</translation>
        </message>
        <message>
            <source>the %1 model has no setting '%2' (its settings: %3)</source>
            <translation>das Modell %1 hat keine Einstellung '%2' (seine Einstellungen: %3)</translation>
        </message>
        <message>
            <source>the %1 model has no parameter '%2' (its parameters: %3)</source>
            <translation>das Modell %1 hat keinen Parameter '%2' (seine Parameter: %3)</translation>
        </message>
        <message>
            <source>--param %1: '%2' is not a number</source>
            <translation>--param %1: '%2' ist keine Zahl</translation>
        </message>
        <message>
            <source>--box needs --random-initial</source>
            <translation>--box braucht --random-initial</translation>
        </message>
        <message>
            <source>--random-initial expects a seed from 0 to 2147483647</source>
            <translation>--random-initial erwartet einen Startwert von 0 bis 2147483647</translation>
        </message>
        <message>
            <source>--box expects FROM,TO, got '%1'</source>
            <translation>--box erwartet VON,BIS, erhalten: '%1'</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to 1e9</source>
            <translation>--%1 muss eine ganze Zahl von %2 bis 1e9 sein</translation>
        </message>
        <message>
            <source>--dt and --method apply to flows only; %1 is a map</source>
            <translation>--dt und --method gelten nur für Flüsse; %1 ist eine Abbildung</translation>
        </message>
        <message>
            <source>--dt must be a number above 0 and at most 100</source>
            <translation>--dt muss eine Zahl über 0 und höchstens 100 sein</translation>
        </message>
        <message>
            <source>--method must be rk4 or dormand_prince, got '%1'</source>
            <translation>--method muss rk4 oder dormand_prince sein, erhalten: '%1'</translation>
        </message>
        <message>
            <source>cannot write the trajectory: %1</source>
            <translation>die Trajektorie kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>neurodyn-cli simulate: warning: the orbit escaped at step %1 (%2); %3 rows written</source>
            <translation>neurodyn-cli simulate: Warnung: der Orbit ist bei Schritt %1 entwichen (%2); %3 Zeilen geschrieben</translation>
        </message>
        <message>
            <source>Simulate a model and print its trajectory as CSV: a header line, then one row per recorded step with the step index, for flows (Kuramoto) the time, and every state variable. Maps are iterated; flows are integrated with the study's integrator (or --dt and --method), exactly as 'neurodyn-cli run' writes trajectory.csv.

With --study the model, its settings, parameters, initial state, transient, samples, stride, escape bound and integrator come from the study file; the options below override them.
Models, their parameters (default, valid and typical range), settings and variables: 'neurodyn-cli models [NAME]'.

Example: neurodyn-cli simulate --model chialvo --param b=0.18 --initial-state 0.5,2 --samples 1000</source>
            <translation>Simuliert ein Modell und gibt seine Trajektorie als CSV aus: eine Kopfzeile, dann eine Zeile je aufgezeichnetem Schritt mit dem Schrittindex, bei Flüssen (Kuramoto) der Zeit und jeder Zustandsvariablen. Abbildungen werden iteriert; Flüsse werden mit dem Integrator der Studie (oder --dt und --method) integriert, genau wie 'neurodyn-cli run' trajectory.csv schreibt.

Mit --study stammen Modell, Einstellungen, Parameter, Anfangszustand, Einschwingphase, Abtastwerte, Schrittweite, Fluchtschranke und Integrator aus der Studiendatei; die Optionen unten überschreiben sie.
Modelle, ihre Parameter (Vorgabe, gültiger und typischer Bereich), Einstellungen und Variablen: 'neurodyn-cli models [NAME]'.

Beispiel: neurodyn-cli simulate --model chialvo --param b=0.18 --initial-state 0.5,2 --samples 1000</translation>
        </message>
        <message>
            <source>--initial-state and --random-initial cannot be combined</source>
            <translation>--initial-state und --random-initial lassen sich nicht kombinieren</translation>
        </message>
        <message>
            <source>--initial-state expects comma-separated numbers, got '%1'</source>
            <translation>--initial-state erwartet durch Kommas getrennte Zahlen, erhalten: '%1'</translation>
        </message>
        <message>
            <source>--initial-state needs %1 values (the state variables %2), got %3</source>
            <translation>--initial-state braucht %1 Werte (die Zustandsvariablen %2), erhalten: %3</translation>
        </message>
        <message>
            <source>Number of recorded rows (default: the study's simulation.samples, otherwise 1000).</source>
            <translation>Anzahl der aufgezeichneten Zeilen (Vorgabe: simulation.samples der Studie, sonst 1000).</translation>
        </message>
        <message>
            <source>--param %1: %1 is set by the linked parameter %2; set %2 instead</source>
            <translation>--param %1: %1 wird vom verknüpften Parameter %2 gesetzt; setzen Sie stattdessen %2</translation>
        </message>
        <message>
            <source>A typed model (--model equations, implied): a text in NeuroDyn's model language, or an XPPAUT .ode file imported on the fly (its untranslated lines are noted on stderr).</source>
            <translation>Ein eingegebenes Modell (--model equations, implizit): ein Text in NeuroDyns Modellsprache oder eine XPPAUT-.ode-Datei, die beim Lesen importiert wird (ihre nicht übersetzten Zeilen werden auf stderr vermerkt).</translation>
        </message>
        <message>
            <source>--model-file and --study cannot be combined (the study holds its model)</source>
            <translation>--model-file und --study können nicht kombiniert werden (die Studie enthält ihr Modell)</translation>
        </message>
        <message>
            <source>--model-file holds a typed model: --model must be equations (or left out)</source>
            <translation>--model-file enthält ein eingegebenes Modell: --model muss equations sein (oder fehlen)</translation>
        </message>
        <message>
            <source>--model equations needs --model-file FILE (the model's equations)</source>
            <translation>--model equations braucht --model-file DATEI (die Gleichungen des Modells)</translation>
        </message>
    </context>
    <context>
        <name>StudyFile</name>
        <message>
            <source>%1 must be below %2</source>
            <translation>%1 muss kleiner als %2 sein</translation>
        </message>
        <message>
            <source>%1 must be empty (the study's initial state) or hold %2 numbers</source>
            <translation>%1 muss leer sein (der Anfangszustand der Studie) oder %2 Zahlen enthalten</translation>
        </message>
        <message>
            <source>%1 must be 1 unless the start is a cycle</source>
            <translation>%1 muss 1 sein, außer der Start ist ein Zyklus</translation>
        </message>
        <message>
            <source>%1 is missing</source>
            <translation>%1 fehlt</translation>
        </message>
        <message>
            <source>%1 must differ from the continuation parameter</source>
            <translation>%1 muss sich vom Fortsetzungsparameter unterscheiden</translation>
        </message>
        <message>
            <source>%1 may hold LP, PD and NS only, not '%2'</source>
            <translation>%1 darf nur LP, PD und NS enthalten, nicht '%2'</translation>
        </message>
        <message>
            <source>%1: continuation needs a map model</source>
            <translation>%1: die Fortsetzung braucht ein Abbildungsmodell</translation>
        </message>
        <message>
            <source>%1 must be +1 or -1</source>
            <translation>%1 muss +1 oder -1 sein</translation>
        </message>
        <message>
            <source>%1 must lie in the parameter's valid range [%2, %3]</source>
            <translation>%1 muss im gültigen Bereich des Parameters [%2, %3] liegen</translation>
        </message>
        <message>
            <source>%1: min_step &lt;= initial_step &lt;= max_step must hold</source>
            <translation>%1: min_step &lt;= initial_step &lt;= max_step muss gelten</translation>
        </message>
        <message>
            <source>%1: from must be below to</source>
            <translation>%1: from muss kleiner als to sein</translation>
        </message>
        <message>
            <source>%1: the box of the critical set must have a width along variable %2</source>
            <translation>%1: der Quader der kritischen Menge muss entlang Variable %2 eine Breite haben</translation>
        </message>
        <message>
            <source>%1: basins need a model with at least two state variables</source>
            <translation>%1: Einzugsgebiete brauchen ein Modell mit mindestens zwei Zustandsvariablen</translation>
        </message>
        <message>
            <source>%1: x and y must use different state variables</source>
            <translation>%1: x und y müssen verschiedene Zustandsvariablen verwenden</translation>
        </message>
        <message>
            <source>%1: window must be at least twice max_period</source>
            <translation>%1: window muss mindestens doppelt so groß wie max_period sein</translation>
        </message>
        <message>
            <source>%1 must be a finite number</source>
            <translation>%1 muss eine endliche Zahl sein</translation>
        </message>
        <message>
            <source>%1 must be a number from %2 to %3</source>
            <translation>%1 muss eine Zahl von %2 bis %3 sein</translation>
        </message>
        <message>
            <source>%1 must be a positive number up to %2</source>
            <translation>%1 muss eine positive Zahl bis %2 sein</translation>
        </message>
        <message>
            <source>%1 must be a whole number between %2 and %3</source>
            <translation>%1 muss eine ganze Zahl zwischen %2 und %3 sein</translation>
        </message>
        <message>
            <source>%1 must be true or false</source>
            <translation>%1 muss true oder false sein</translation>
        </message>
        <message>
            <source>%1 must be an array of at most %2 finite numbers</source>
            <translation>%1 muss ein Array aus höchstens %2 endlichen Zahlen sein</translation>
        </message>
        <message>
            <source>%1 must be an array of at most %2 whole numbers between %3 and %4</source>
            <translation>%1 muss ein Array aus höchstens %2 ganzen Zahlen zwischen %3 und %4 sein</translation>
        </message>
        <message>
            <source>%1 must be an array of at most %2 strings</source>
            <translation>%1 muss ein Array aus höchstens %2 Zeichenketten sein</translation>
        </message>
        <message>
            <source>%1: the model has no variable '%2' (it has %3)</source>
            <translation>%1: das Modell hat keine Variable '%2' (es hat %3)</translation>
        </message>
        <message>
            <source>%1: '%2' is not a per-node variable of this model (one with a copy on each of at least two nodes, as x for x0, x1, ...; the model has %3)</source>
            <translation>%1: '%2' ist keine knotenweise Variable dieses Modells (eine mit einer Kopie auf jedem von mindestens zwei Knoten, wie x für x0, x1, ...; das Modell hat %3)</translation>
        </message>
        <message>
            <source>%1: the model has no parameter '%2'</source>
            <translation>%1: das Modell hat keinen Parameter '%2'</translation>
        </message>
        <message>
            <source>%1 must be an object</source>
            <translation>%1 muss ein Objekt sein</translation>
        </message>
        <message>
            <source>%1: unknown field '%2'</source>
            <translation>%1: unbekanntes Feld '%2'</translation>
        </message>
        <message>
            <source>%1 must be one of %2, not '%3'</source>
            <translation>%1 muss eines von %2 sein, nicht '%3'</translation>
        </message>
        <message>
            <source>%1 is missing: a network mean needs the per-node variable to average</source>
            <translation>%1 fehlt: ein Netzwerkmittel braucht die knotenweise Variable, über die gemittelt wird</translation>
        </message>
        <message>
            <source>%1: from must not exceed to, nor value_min value_max</source>
            <translation>%1: from darf to nicht überschreiten, value_min nicht value_max</translation>
        </message>
        <message>
            <source>%1 would need about %2 MiB, more than the limit of %3 MiB: fewer columns, samples or initial states</source>
            <translation>%1 bräuchte etwa %2 MiB, mehr als die Grenze von %3 MiB: weniger Spalten, Stichproben oder Anfangszustände</translation>
        </message>
        <message>
            <source>%1: from and to must differ when count &gt; 1</source>
            <translation>%1: from und to müssen sich unterscheiden, wenn count &gt; 1</translation>
        </message>
        <message>
            <source>%1: x and y must scan different parameters</source>
            <translation>%1: x und y müssen verschiedene Parameter abtasten</translation>
        </message>
        <message>
            <source>%1: more than 4000000 cells</source>
            <translation>%1: mehr als 4000000 Zellen</translation>
        </message>
        <message>
            <source>%1: window must be 0 or at least twice max_period</source>
            <translation>%1: window muss 0 oder mindestens doppelt so groß wie max_period sein</translation>
        </message>
        <message>
            <source>%1 is missing: %2 needs the per-node variable</source>
            <translation>%1 fehlt: %2 braucht die knotenweise Variable</translation>
        </message>
        <message>
            <source>%1: c_min and c_max must satisfy 0 &lt; c_min &lt; c_max &lt; 2 pi</source>
            <translation>%1: c_min und c_max müssen 0 &lt; c_min &lt; c_max &lt; 2 pi erfüllen</translation>
        </message>
        <message>
            <source>%1: every c must lie in (0, 2 pi)</source>
            <translation>%1: jedes c muss in (0, 2 pi) liegen</translation>
        </message>
        <message>
            <source>%1 must be 0 (N / 10) or at least 3</source>
            <translation>%1 muss 0 (N / 10) oder mindestens 3 sein</translation>
        </message>
        <message>
            <source>%1 is missing, and the model has no per-node variable to default to (%2)</source>
            <translation>%1 fehlt, und das Modell hat keine knotenweise Variable als Vorgabe (%2)</translation>
        </message>
        <message>
            <source>%1 must be another per-node variable with as many nodes as %2</source>
            <translation>%1 muss eine andere knotenweise Variable mit ebenso vielen Knoten wie %2 sein</translation>
        </message>
        <message>
            <source>%1 must be empty or hold at least two strictly increasing scales</source>
            <translation>%1 muss leer sein oder mindestens zwei streng steigende Skalen enthalten</translation>
        </message>
        <message>
            <source>%1: every scale must be at least order + 2</source>
            <translation>%1: jede Skala muss mindestens order + 2 sein</translation>
        </message>
        <message>
            <source>%1 must be at least order + 2</source>
            <translation>%1 muss mindestens order + 2 sein</translation>
        </message>
        <message>
            <source>%1: the model is not a network of nodes</source>
            <translation>%1: das Modell ist kein Netzwerk aus Knoten</translation>
        </message>
        <message>
            <source>%1 must be empty or hold at least two positive, strictly increasing radii</source>
            <translation>%1 muss leer sein oder mindestens zwei positive, streng steigende Radien enthalten</translation>
        </message>
        <message>
            <source>simulation.escape_bound must be a positive number</source>
            <translation>simulation.escape_bound muss eine positive Zahl sein</translation>
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
            <source>%1.variable must be a whole number between %2 and %3</source>
            <translation>%1.variable muss eine ganze Zahl zwischen %2 und %3 sein</translation>
        </message>
        <message>
            <source>%1 and %2 must both be empty or both hold %3 numbers, one per state variable</source>
            <translation>%1 und %2 müssen beide leer sein oder beide %3 Zahlen enthalten, eine je Zustandsvariable</translation>
        </message>
        <message>
            <source>%1: the lower bound of variable %2 is above its upper bound in %3</source>
            <translation>%1: die untere Schranke von Variable %2 liegt über ihrer oberen Schranke in %3</translation>
        </message>
        <message>
            <source>%1 must hold at least one q value</source>
            <translation>%1 muss mindestens einen q-Wert enthalten</translation>
        </message>
        <message>
            <source>%1 holds %2 twice</source>
            <translation>%1 enthält %2 doppelt</translation>
        </message>
        <message>
            <source>%1: q values must lie in [-100, 100]</source>
            <translation>%1: q-Werte müssen in [-100, 100] liegen</translation>
        </message>
        <message>
            <source>unknown top-level field '%1'</source>
            <translation>unbekanntes Feld '%1' auf oberster Ebene</translation>
        </message>
        <message>
            <source>%1 applies to flows only; %2 is a map</source>
            <translation>%1 gilt nur für Flüsse; %2 ist eine Abbildung</translation>
        </message>
        <message>
            <source>title must be a string</source>
            <translation>title muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <source>%1 and %2 are two spellings of one field (%1 is the old one); keep %2 only</source>
            <translation>%1 und %2 sind zwei Schreibweisen desselben Feldes (%1 ist die alte); nur %2 behalten</translation>
        </message>
        <message>
            <source>%1 is deprecated, use %2</source>
            <translation>%1 ist veraltet, verwenden Sie %2</translation>
        </message>
        <message>
            <source>%1 must be 0 (N / 4) or above scale_min</source>
            <translation>%1 muss 0 (N / 4) oder größer als scale_min sein</translation>
        </message>
        <message>
            <source>%1 is missing: %2 phases need the second per-node variable</source>
            <translation>%1 fehlt: %2-Phasen brauchen die zweite Knotenvariable</translation>
        </message>
        <message>
            <source>%1 and %2 go together</source>
            <translation>%1 und %2 gehören zusammen</translation>
        </message>
        <message>
            <source>%1: the critical set belongs to maps</source>
            <translation>%1: die kritische Menge gehört zu Abbildungen</translation>
        </message>
        <message>
            <source>%1: a map of more than two state variables needs two slice variables (one of %2)</source>
            <translation>%1: eine Abbildung mit mehr als zwei Zustandsvariablen braucht zwei Schnittvariablen (aus %2)</translation>
        </message>
        <message>
            <source>%1 must name exactly two state variables</source>
            <translation>%1 muss genau zwei Zustandsvariablen nennen</translation>
        </message>
        <message>
            <source>%1: '%2' is not a state variable of the model (one of %3)</source>
            <translation>%1: '%2' ist keine Zustandsvariable des Modells (eine aus %3)</translation>
        </message>
        <message>
            <source>%1: the two slice variables must differ (both are '%2')</source>
            <translation>%1: die beiden Schnittvariablen müssen verschieden sein (beide sind '%2')</translation>
        </message>
        <message>
            <source>%1 and %2 must both be empty or both hold two numbers, one per slice variable</source>
            <translation>%1 und %2 müssen beide leer sein oder beide zwei Zahlen enthalten, eine je Schnittvariable</translation>
        </message>
        <message>
            <source>%1 must hold %2 numbers, one per state variable, when others is 'values'</source>
            <translation>%1 muss %2 Zahlen enthalten, eine je Zustandsvariable, wenn others 'values' ist</translation>
        </message>
        <message>
            <source>%1 must not be negative (got %2)</source>
            <translation>%1 darf nicht negativ sein (erhalten: %2)</translation>
        </message>
        <message>
            <source>%1 and %2 must differ (both are %3)</source>
            <translation>%1 und %2 müssen verschieden sein (beide sind %3)</translation>
        </message>
        <message>
            <source>%1 must be a number (the scale) or an object with scale and offset</source>
            <translation>%1 muss eine Zahl (der Faktor) oder ein Objekt mit scale und offset sein</translation>
        </message>
        <message>
            <source>model.links must be an object</source>
            <translation>model.links muss ein Objekt sein</translation>
        </message>
        <message>
            <source>%1 must list parameter names</source>
            <translation>%1 muss Parameternamen auflisten</translation>
        </message>
        <message>
            <source>%1 must be a list of parameter names or an object of targets with their scales</source>
            <translation>%1 muss eine Liste von Parameternamen oder ein Objekt aus Zielen mit ihren Faktoren sein</translation>
        </message>
        <message>
            <source>model.parameters.%1 = %2, but link %3 sets it to %4: the link wins</source>
            <translation>model.parameters.%1 = %2, aber die Verknüpfung %3 setzt ihn auf %4: die Verknüpfung gilt</translation>
        </message>
        <message>
            <source>%1, column %2: %3</source>
            <translation>%1, Spalte %2: %3</translation>
        </message>
        <message>
            <source>%1 must be an expression (a non-empty string)</source>
            <translation>%1 muss ein Ausdruck sein (eine nicht leere Zeichenkette)</translation>
        </message>
        <message>
            <source>%1 must be one line without control characters or '#'</source>
            <translation>%1 muss eine Zeile ohne Steuerzeichen und ohne '#' sein</translation>
        </message>
        <message>
            <source>%1.value is missing</source>
            <translation>%1.value fehlt</translation>
        </message>
        <message>
            <source>%1 must be one line of text without control characters or '"'</source>
            <translation>%1 muss eine Textzeile ohne Steuerzeichen und ohne '"' sein</translation>
        </message>
        <message>
            <source>model.kind must be "map" or "flow"</source>
            <translation>model.kind muss "map" oder "flow" sein</translation>
        </message>
        <message>
            <source>model.variables must be an array of 1 to %1 names</source>
            <translation>model.variables muss ein Array aus 1 bis %1 Namen sein</translation>
        </message>
        <message>
            <source>model.variables must hold names (a letter or '_', then letters, digits or '_')</source>
            <translation>model.variables muss Namen enthalten (ein Buchstabe oder '_', dann Buchstaben, Ziffern oder '_')</translation>
        </message>
        <message>
            <source>model.parameters.%1: a parameter's name is a letter or '_', then letters, digits or '_'</source>
            <translation>model.parameters.%1: der Name eines Parameters ist ein Buchstabe oder '_', dann Buchstaben, Ziffern oder '_'</translation>
        </message>
        <message>
            <source>model.parameters.%1 must be an object with value, min and max (or, for a link, a number)</source>
            <translation>model.parameters.%1 muss ein Objekt mit value, min und max sein (oder, für eine Verknüpfung, eine Zahl)</translation>
        </message>
        <message>
            <source>model.%1 must be an object</source>
            <translation>model.%1 muss ein Objekt sein</translation>
        </message>
        <message>
            <source>%1: a function is named like g(u, v): its name and its arguments' names</source>
            <translation>%1: eine Funktion heißt wie g(u, v): ihr Name und die Namen ihrer Argumente</translation>
        </message>
        <message>
            <source>%1: an auxiliary definition's name is a letter or '_', then letters, digits or '_'</source>
            <translation>%1: der Name einer Hilfsdefinition ist ein Buchstabe oder '_', dann Buchstaben, Ziffern oder '_'</translation>
        </message>
        <message>
            <source>model.equations.%1: %1 is not one of model.variables</source>
            <translation>model.equations.%1: %1 ist keine der model.variables</translation>
        </message>
        <message>
            <source>%1 is missing: every variable needs its equation</source>
            <translation>%1 fehlt: jede Variable braucht ihre Gleichung</translation>
        </message>
        <message>
            <source>model: the typed model cannot be written as model text</source>
            <translation>model: das eingegebene Modell lässt sich nicht als Modelltext schreiben</translation>
        </message>
        <message>
            <source>model.settings.definition: a typed model is given either by its text or by model.kind, model.variables, model.parameters and model.equations, not both</source>
            <translation>model.settings.definition: ein eingegebenes Modell wird entweder durch seinen Text oder durch model.kind, model.variables, model.parameters und model.equations angegeben, nicht durch beides</translation>
        </message>
        <message>
            <source>model.equations is missing: a typed model needs model.kind, model.variables, model.parameters and model.equations (or its text in model.settings.definition)</source>
            <translation>model.equations fehlt: ein eingegebenes Modell braucht model.kind, model.variables, model.parameters und model.equations (oder seinen Text in model.settings.definition)</translation>
        </message>
        <message>
            <source>%1: the model is not an AKOrN network or grid</source>
            <translation>%1: Das Modell ist kein AKOrN-Netz und kein AKOrN-Gitter</translation>
        </message>
        <message>
            <source>%1: a grid needs a model with at least two state variables; use "random"</source>
            <translation>%1: ein Gitter braucht ein Modell mit mindestens zwei Zustandsvariablen; verwenden Sie "random"</translation>
        </message>
        <message>
            <source>%1 and %2: random states need a box, one bound per state variable</source>
            <translation>%1 und %2: Zufallszustände brauchen eine Box, eine Grenze je Zustandsvariable</translation>
        </message>
        <message>
            <source>%1: the box is empty along %2</source>
            <translation>%1: die Box ist entlang %2 leer</translation>
        </message>
        <message>
            <source>%1 must hold one size or one per state variable (%2)</source>
            <translation>%1 muss eine Größe oder eine je Zustandsvariable (%2) enthalten</translation>
        </message>
        <message>
            <source>%1: cell sizes must be positive</source>
            <translation>%1: Zellgrößen müssen positiv sein</translation>
        </message>
        <message>
            <source>%1: boxes of %2 cells do not fit in the grid of %3 x %4 cells</source>
            <translation>%1: Boxen aus %2 Zellen passen nicht in das Gitter aus %3 x %4 Zellen</translation>
        </message>
        <message>
            <source>%1: give at least two different perturbations in (0, 0.5) of the axis range</source>
            <translation>%1: geben Sie mindestens zwei verschiedene Störungen in (0, 0.5) des Achsenbereichs an</translation>
        </message>
        <message>
            <source>%1: the order parameter needs a network of oscillators, which %2 is not</source>
            <translation>%1: Der Ordnungsparameter braucht ein Oszillatornetzwerk, und %2 ist keines</translation>
        </message>
        <message>
            <source>%1 must be shuffle, ft, aaft or iaaft (got '%2')</source>
            <translation>%1 muss shuffle, ft, aaft oder iaaft sein (erhalten: '%2')</translation>
        </message>
        <message>
            <source>%1 must be greater, less or two-sided (got '%2')</source>
            <translation>%1 muss greater, less oder two-sided sein (erhalten: '%2')</translation>
        </message>
        <message>
            <source>%1 must be one of %2 (got '%3')</source>
            <translation>%1 muss eines von %2 sein (erhalten: '%3')</translation>
        </message>
        <message>
            <source>%1: the network spectrum has no surrogate significance (surrogates are defined for series, not for graphs)</source>
            <translation>%1: das Netzwerkspektrum hat keine Surrogat-Signifikanz (Surrogate sind für Zeitreihen definiert, nicht für Graphen)</translation>
        </message>
        <message>
            <source>%1 must be above 1 (distances are kept when 1 &lt; d &lt;= max_distance)</source>
            <translation>%1 muss über 1 liegen (Abstände werden behalten, wenn 1 &lt; d &lt;= max_distance)</translation>
        </message>
        <message>
            <source>%1: entry %2 is empty</source>
            <translation>%1: Eintrag %2 ist leer</translation>
        </message>
        <message>
            <source>%1 is none: %2 must name the weight matrices in forward order</source>
            <translation>%1 ist none: %2 muss die Gewichtsmatrizen in Vorwärtsreihenfolge nennen</translation>
        </message>
        <message>
            <source>%1 names the matrices itself: set %2 to none or leave %1 out</source>
            <translation>%1 nennt die Matrizen selbst: %2 auf none setzen oder %1 weglassen</translation>
        </message>
        <message>
            <source>%1 must be the path of a CSV file</source>
            <translation>%1 muss der Pfad einer CSV-Datei sein</translation>
        </message>
        <message>
            <source>%1 must be a whole number from %2 to %3 or one of %4</source>
            <translation>%1 muss eine ganze Zahl von %2 bis %3 oder eines von %4 sein</translation>
        </message>
        <message>
            <source>%1 is a recurrence rate with eps_mode rate: it must lie in (0, 1]</source>
            <translation>%1 ist mit eps_mode rate eine Rekurrenzrate: Sie muss in (0, 1] liegen</translation>
        </message>
        <message>
            <source>%1 needs a window (%2 is 0: the whole series)</source>
            <translation>%1 braucht ein Fenster (%2 ist 0: die ganze Reihe)</translation>
        </message>
        <message>
            <source>%1 must be 0 (the whole series) or at least 2 samples</source>
            <translation>%1 muss 0 (die ganze Reihe) oder mindestens 2 Abtastwerte sein</translation>
        </message>
        <message>
            <source>%1 tests a scalar of the whole series: not with %2 (windowed RQA)</source>
            <translation>%1 testet eine Kenngröße der ganzen Reihe: nicht mit %2 (gefensterte RQA)</translation>
        </message>
        <message>
            <source>%1: the embedding choices have no surrogate significance (they are choices, not a quantity of the dynamics; Cao's E2 answers the determinism question)</source>
            <translation>%1: Die Einbettungswahl hat keine Surrogat-Signifikanz (sie ist eine Wahl, keine Größe der Dynamik; Caos E2 beantwortet die Frage nach Determinismus)</translation>
        </message>
        <message>
            <source>%1 must be 0 (Sturges' rule) or from 3 to 1024</source>
            <translation>%1 muss 0 (Sturges-Regel) oder 3 bis 1024 sein</translation>
        </message>
    </context>
    <context>
        <name>Text</name>
        <message>
            <source>--%1 must be a whole number from %2 to %3, %4 or %5</source>
            <translation>--%1 muss eine ganze Zahl von %2 bis %3, %4 oder %5 sein</translation>
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
        <message>
            <source>Save unsaved work to the recovery file every MS milliseconds (default 60000).</source>
            <translation>Ungesicherte Arbeit alle MS Millisekunden in die Wiederherstellungsdatei sichern (Standard 60000).</translation>
        </message>
        <message>
            <source>MS</source>
            <translation>MS</translation>
        </message>
        <message>
            <source>Answer the offer to restore unsaved work after a crash without asking: ask (default), restore or discard.</source>
            <translation>Das Angebot, nach einem Absturz ungesicherte Arbeit wiederherzustellen, ohne Rückfrage beantworten: ask (Standard), restore oder discard.</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Make an unsaved, undoable edit as if typed: NAME=VALUE sets a parameter, setting.KEY=VALUE a structural setting, initial.I=VALUE the initial value of state variable I. May be repeated.</source>
            <translation>Eine ungesicherte, rückgängig machbare Änderung wie von Hand vornehmen: NAME=WERT setzt einen Parameter, setting.SCHLÜSSEL=WERT eine Struktureinstellung, initial.I=WERT den Anfangswert der Zustandsvariablen I. Mehrfach möglich.</translation>
        </message>
        <message>
            <source>edit</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Write the open study (after any recovery and edits) to a file and quit; the recovery file stays as it is.</source>
            <translation>Die geöffnete Studie (nach Wiederherstellung und Änderungen) in eine Datei schreiben und beenden; die Wiederherstellungsdatei bleibt, wie sie ist.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>--recovery must be ask, restore or discard</source>
            <translation>--recovery muss ask, restore oder discard sein</translation>
        </message>
        <message>
            <source>--autosave-interval must be at least 10 milliseconds</source>
            <translation>--autosave-interval muss mindestens 10 Millisekunden sein</translation>
        </message>
    </context>
    <context>
        <name>nd::AboutDialog</name>
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
        <name>nd::AkornTask</name>
        <message>
            <source>Change AKOrN run</source>
            <translation>AKOrN-Lauf ändern</translation>
        </message>
        <message>
            <source>Steps T:</source>
            <translation>Schritte T:</translation>
        </message>
        <message>
            <source>Number of steps from the study's initial state</source>
            <translation>Anzahl der Schritte ab dem Anfangszustand der Studie</translation>
        </message>
        <message>
            <source>Radius:</source>
            <translation>Radius:</translation>
        </message>
        <message>
            <source>Half width r of the (2r+1) x (2r+1) window of the local order parameter</source>
            <translation>Halbe Breite r des (2r+1) x (2r+1)-Fensters des lokalen Ordnungsparameters</translation>
        </message>
        <message>
            <source>AKOrN</source>
            <translation>AKOrN</translation>
        </message>
    </context>
    <context>
        <name>nd::AkornView</name>
        <message>
            <source>Orientation after the last step</source>
            <translation>Orientierung nach dem letzten Schritt</translation>
        </message>
        <message>
            <source>column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Angle atan2(x1, x0) of each pixel's first oscillator as a hue: pixels of one colour point the same way; dots mark the silhouette's border</source>
            <translation>Winkel atan2(x1, x0) des ersten Oszillators jedes Pixels als Farbton: Pixel einer Farbe zeigen in dieselbe Richtung; Punkte markieren den Rand der Silhouette</translation>
        </message>
        <message>
            <source>angle (rad)</source>
            <translation>Winkel (rad)</translation>
        </message>
        <message>
            <source>Local order after the last step</source>
            <translation>Lokale Ordnung nach dem letzten Schritt</translation>
        </message>
        <message>
            <source>||mean of x|| over the %1 x %1 window around each pixel (clipped at the border), averaged over the pixel's oscillators: 1 where neighbours agree</source>
            <translation>||Mittel von x|| über das %1 x %1-Fenster um jedes Pixel (am Rand beschnitten), gemittelt über die Oszillatoren des Pixels: 1, wo Nachbarn übereinstimmen</translation>
        </message>
        <message>
            <source>local order</source>
            <translation>lokale Ordnung</translation>
        </message>
        <message>
            <source>Order inside and outside the silhouette</source>
            <translation>Ordnung innerhalb und außerhalb der Silhouette</translation>
        </message>
        <message>
            <source>step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>mean local order</source>
            <translation>mittlere lokale Ordnung</translation>
        </message>
        <message>
            <source>Mean local order parameter over the pixels inside and outside the silhouette after each step (a network: the norm of the mean of all units)</source>
            <translation>Mittlerer lokaler Ordnungsparameter über die Pixel innerhalb und außerhalb der Silhouette nach jedem Schritt (ein Netz: die Norm des Mittels aller Einheiten)</translation>
        </message>
        <message>
            <source>Energy over the steps</source>
            <translation>Energie über die Schritte</translation>
        </message>
        <message>
            <source>energy</source>
            <translation>Energie</translation>
        </message>
        <message>
            <source>E = -1/2 sum x_i^T J_ij x_j - sum c_i^T x_i (the paper's form, solid) and the form the official code logs, -sum x_i . (J x + c)_i without the 1/2 (dashed)</source>
            <translation>E = -1/2 sum x_i^T J_ij x_j - sum c_i^T x_i (Form des Artikels, durchgezogen) und die Form, die der offizielle Code protokolliert, -sum x_i . (J x + c)_i ohne 1/2 (gestrichelt)</translation>
        </message>
        <message>
            <source>silhouette border</source>
            <translation>Rand der Silhouette</translation>
        </message>
        <message>
            <source>inside</source>
            <translation>innen</translation>
        </message>
        <message>
            <source>all units</source>
            <translation>alle Einheiten</translation>
        </message>
        <message>
            <source>outside</source>
            <translation>außen</translation>
        </message>
        <message>
            <source>E (paper, with 1/2)</source>
            <translation>E (Artikel, mit 1/2)</translation>
        </message>
        <message>
            <source>code's log (no 1/2)</source>
            <translation>Protokoll des Codes (ohne 1/2)</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 steps&lt;/b&gt;: E = %2 (paper's form; the code's log: %3)</source>
            <translation>&lt;b&gt;%1 Schritte&lt;/b&gt;: E = %2 (Form des Artikels; Protokoll des Codes: %3)</translation>
        </message>
        <message>
            <source>; local order inside %1, outside %2</source>
            <translation>; lokale Ordnung innen %1, außen %2</translation>
        </message>
        <message>
            <source>; order %1</source>
            <translation>; Ordnung %1</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation> (abgebrochen)</translation>
        </message>
    </context>
    <context>
        <name>nd::AnalysisController</name>
        <message>
            <source>The orbit escaped at step %1: %2</source>
            <translation>Der Orbit ist bei Schritt %1 entwichen: %2</translation>
        </message>
        <message>
            <source>%1 steps computed</source>
            <translation>%1 Schritte berechnet</translation>
        </message>
        <message>
            <source>Trajectory</source>
            <translation>Trajektorie</translation>
        </message>
    </context>
    <context>
        <name>nd::AnalysisDock</name>
        <message>
            <source>Add %1</source>
            <translation>%1 hinzufügen</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 entfernen</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>Berechnen</translation>
        </message>
        <message>
            <source>Part of this study: computed whenever its inputs change, and saved with the study. Off: not computed, and left out of the study file.</source>
            <translation>Teil dieser Studie: wird bei jeder Änderung seiner Eingaben berechnet und mit der Studie gespeichert. Aus: nicht berechnet und nicht in der Studiendatei.</translation>
        </message>
    </context>
    <context>
        <name>nd::AnalysisDocks</name>
        <message>
            <source>Add %1 to the study or remove it</source>
            <translation>%1 zur Studie hinzufügen oder entfernen</translation>
        </message>
    </context>
    <context>
        <name>nd::AnalysisTask</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 is not part of this study. Switch it on with "Compute" above or in the Analysis menu to compute it and save its settings with the study.</source>
            <translation>%1 gehört nicht zu dieser Studie. Mit „Berechnen“ oben oder im Menü Analyse einschalten, um es zu berechnen und seine Einstellungen mit der Studie zu speichern.</translation>
        </message>
        <message>
            <source>%1: cancelled. Compute it again with Analysis &gt; Recompute (F5) or by changing its settings.</source>
            <translation>%1: abgebrochen. Mit Analyse &gt; Neu berechnen (F5) oder durch Ändern der Einstellungen erneut berechnen.</translation>
        </message>
    </context>
    <context>
        <name>nd::ApproximateEntropyTask</name>
        <message>
            <source>Approximate entropy: null distribution</source>
            <translation>Approximative Entropie: Nullverteilung</translation>
        </message>
        <message>
            <source>Approximate entropy %1</source>
            <translation>Approximative Entropie %1</translation>
        </message>
        <message>
            <source>Approximate entropy undefined: %1</source>
            <translation>Approximative Entropie undefiniert: %1</translation>
        </message>
        <message>
            <source>Change approximate entropy</source>
            <translation>Approximative Entropie ändern</translation>
        </message>
        <message>
            <source>Approximate entropy</source>
            <translation>Approximative Entropie</translation>
        </message>
    </context>
    <context>
        <name>nd::AttractorOrbitDiagramView</name>
        <message>
            <source>Each attractor's representative orbit at every parameter value, in the attractor's colour (the same as the fractions, the list and the phase portrait); attractors that coexist at a value are drawn side by side around it. Click a dot to show that attractor.</source>
            <translation>Der repräsentative Orbit jedes Attraktors bei jedem Parameterwert, in der Farbe des Attraktors (dieselbe wie in den Anteilen, der Liste und dem Phasenporträt); Attraktoren, die bei einem Wert koexistieren, werden nebeneinander um ihn herum gezeichnet. Klicken Sie auf einen Punkt, um diesen Attraktor zu zeigen.</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Orbit diagram by attractor</source>
            <translation>Orbitdiagramm nach Attraktor</translation>
        </message>
        <message>
            <source>%1 = %2
attractor %3</source>
            <translation>%1 = %2
Attraktor %3</translation>
        </message>
    </context>
    <context>
        <name>nd::AttractorOrbitView</name>
        <message>
            <source>Click an attractor to show its orbit and basin</source>
            <translation>Klicken Sie auf einen Attraktor, um seinen Orbit und sein Bassin zu zeigen</translation>
        </message>
        <message>
            <source>Attractor %1</source>
            <translation>Attraktor %1</translation>
        </message>
        <message>
            <source>The attractor chosen in the list, the fractions or the orbit diagram: its representative orbit (dark dots) and, for a grid of initial states, its basin (light squares). The orbit is also drawn over the phase portrait; the basin is also marked in the basins of attraction when they are computed on the same grid at the same parameter values, else it is shown here only.</source>
            <translation>Der in der Liste, den Anteilen oder dem Orbitdiagramm gewählte Attraktor: sein repräsentativer Orbit (dunkle Punkte) und, bei einem Gitter von Anfangszuständen, sein Bassin (helle Quadrate). Der Orbit wird auch über das Phasenporträt gezeichnet; das Bassin wird auch in den Einzugsgebieten markiert, wenn diese auf demselben Gitter bei denselben Parameterwerten berechnet werden, sonst nur hier gezeigt.</translation>
        </message>
    </context>
    <context>
        <name>nd::AttractorsTask</name>
        <message>
            <source>Attractor orbit and basin</source>
            <translation>Orbit und Bassin des Attraktors</translation>
        </message>
        <message>
            <source>Click an attractor to show its orbit and basin</source>
            <translation>Klicken Sie auf einen Attraktor, um seinen Orbit und sein Bassin zu zeigen</translation>
        </message>
        <message>
            <source>at the study's parameter values</source>
            <translation>bei den Parameterwerten der Studie</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>largest exponent</source>
            <translation>größter Exponent</translation>
        </message>
        <message>
            <source>fraction</source>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>fraction error</source>
            <translation>Fehler des Anteils</translation>
        </message>
        <message>
            <source>Change attractors</source>
            <translation>Attraktoren ändern</translation>
        </message>
        <message>
            <source>Along a parameter</source>
            <translation>Entlang eines Parameters</translation>
        </message>
        <message>
            <source>Follow the attractors across a range of a parameter</source>
            <translation>Die Attraktoren über einen Bereich eines Parameters verfolgen</translation>
        </message>
        <message>
            <source>Parameter:</source>
            <translation>Parameter:</translation>
        </message>
        <message>
            <source>The parameter the attractors are followed along</source>
            <translation>Der Parameter, entlang dessen die Attraktoren verfolgt werden</translation>
        </message>
        <message>
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <source>First parameter value</source>
            <translation>Erster Parameterwert</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Last parameter value</source>
            <translation>Letzter Parameterwert</translation>
        </message>
        <message>
            <source>values</source>
            <translation>Werte</translation>
        </message>
        <message>
            <source>Number of parameter values</source>
            <translation>Anzahl der Parameterwerte</translation>
        </message>
        <message>
            <source>Budget:</source>
            <translation>Budget:</translation>
        </message>
        <message>
            <source>Samples per initial state before it counts as undecided</source>
            <translation>Abtastwerte je Anfangszustand, bevor er als unentschieden gilt</translation>
        </message>
        <message>
            <source>Attractors</source>
            <translation>Attraktoren</translation>
        </message>
        <message>
            <source>Orbit diagram by attractor, variable:</source>
            <translation>Orbitdiagramm nach Attraktor, Variable:</translation>
        </message>
        <message>
            <source>The state variable of the orbit diagram by attractor. Attractors related by a symmetry may coincide in one variable and differ in another.</source>
            <translation>Die Zustandsvariable des Orbitdiagramms nach Attraktor. Durch eine Symmetrie verbundene Attraktoren können in einer Variablen zusammenfallen und sich in einer anderen unterscheiden.</translation>
        </message>
        <message>
            <source>Orbit diagram by attractor</source>
            <translation>Orbitdiagramm nach Attraktor</translation>
        </message>
        <message>
            <source>The orbit diagram by attractor needs a parameter to follow the attractors along</source>
            <translation>Das Orbitdiagramm nach Attraktor braucht einen Parameter, entlang dessen die Attraktoren verfolgt werden</translation>
        </message>
    </context>
    <context>
        <name>nd::AttractorsView</name>
        <message>
            <source>fixed point</source>
            <translation>Fixpunkt</translation>
        </message>
        <message>
            <source>period %1</source>
            <translation>Periode %1</translation>
        </message>
        <message>
            <source>periodic</source>
            <translation>periodisch</translation>
        </message>
        <message>
            <source>quasi-periodic</source>
            <translation>quasiperiodisch</translation>
        </message>
        <message>
            <source>chaotic (%1)</source>
            <translation>chaotisch (%1)</translation>
        </message>
        <message>
            <source>chaotic</source>
            <translation>chaotisch</translation>
        </message>
        <message>
            <source>Basin fractions of the attractors</source>
            <translation>Bassinanteile der Attraktoren</translation>
        </message>
        <message>
            <source>basin fraction</source>
            <translation>Bassinanteil</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Basin fractions against the parameter, stacked: each attractor in its own colour (the same in every view), then the undecided and escaping initial states. Click an attractor to show its orbit and basin.</source>
            <translation>Bassinanteile über dem Parameter, gestapelt: jeder Attraktor in seiner eigenen Farbe (in jeder Ansicht dieselbe), dann die unentschiedenen und entweichenden Anfangszustände. Klicken Sie auf einen Attraktor, um seinen Orbit und sein Bassin zu zeigen.</translation>
        </message>
        <message>
            <source>undecided</source>
            <translation>unentschieden</translation>
        </message>
        <message>
            <source>escaped</source>
            <translation>entwichen</translation>
        </message>
        <message>
            <source>%1
escaped: %2 %</source>
            <translation>%1
entwichen: %2 %</translation>
        </message>
        <message>
            <source>%1
undecided: %2 %</source>
            <translation>%1
unentschieden: %2 %</translation>
        </message>
        <message>
            <source>%1
attractor %2: %3 %</source>
            <translation>%1
Attraktor %2: %3 %</translation>
        </message>
    </context>
    <context>
        <name>nd::BasinsTask</name>
        <message>
            <source>Set %1 and %2 from the basins</source>
            <translation>%1 und %2 aus den Einzugsgebieten setzen</translation>
        </message>
        <message>
            <source>Change basins of attraction</source>
            <translation>Einzugsgebiete ändern</translation>
        </message>
        <message>
            <source>y:</source>
            <translation>y:</translation>
        </message>
        <message>
            <source>x:</source>
            <translation>x:</translation>
        </message>
        <message>
            <source>State variable on the vertical axis</source>
            <translation>Zustandsvariable auf der vertikalen Achse</translation>
        </message>
        <message>
            <source>State variable on the horizontal axis</source>
            <translation>Zustandsvariable auf der horizontalen Achse</translation>
        </message>
        <message>
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <source>First initial value of this coordinate</source>
            <translation>Erster Anfangswert dieser Koordinate</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Last initial value of this coordinate</source>
            <translation>Letzter Anfangswert dieser Koordinate</translation>
        </message>
        <message>
            <source>cells</source>
            <translation>Zellen</translation>
        </message>
        <message>
            <source>Number of initial values along this axis</source>
            <translation>Anzahl der Anfangswerte entlang dieser Achse</translation>
        </message>
        <message>
            <source>Transient:</source>
            <translation>Einschwingen:</translation>
        </message>
        <message>
            <source>Iterations before the orbit is compared with the attractors found</source>
            <translation>Iterationen, bevor der Orbit mit den gefundenen Attraktoren verglichen wird</translation>
        </message>
        <message>
            <source>Max period:</source>
            <translation>Max. Periode:</translation>
        </message>
        <message>
            <source>Longest cycle recognised as periodic</source>
            <translation>Längster Zyklus, der als periodisch erkannt wird</translation>
        </message>
        <message>
            <source>Basins of attraction</source>
            <translation>Einzugsgebiete</translation>
        </message>
    </context>
    <context>
        <name>nd::BasinsView</name>
        <message>
            <source>period %1 through (%2)</source>
            <translation>Periode %1 durch (%2)</translation>
        </message>
        <message>
            <source>aperiodic, mean (%1)</source>
            <translation>aperiodisch, Mittelwert (%1)</translation>
        </message>
        <message>
            <source>Basins of attraction</source>
            <translation>Einzugsgebiete</translation>
        </message>
        <message>
            <source>Basins of attraction: each initial state is coloured by the attractor its orbit settles on; dark grey: the orbit escaped; blank: not computed yet. Click to use that initial state.</source>
            <translation>Einzugsgebiete: Jeder Anfangszustand ist nach dem Attraktor gefärbt, auf dem sein Orbit landet; dunkelgrau: der Orbit ist entwichen; leer: noch nicht berechnet. Ein Klick übernimmt diesen Anfangszustand.</translation>
        </message>
        <message>
            <source>attractors are labelled when the computation ends</source>
            <translation>Attraktoren werden am Ende der Berechnung benannt</translation>
        </message>
        <message>
            <source>%1: %2 %</source>
            <translation>%1: %2 %</translation>
        </message>
        <message>
            <source>escaped: %1 %</source>
            <translation>entwichen: %1 %</translation>
        </message>
        <message>
            <source>%1
escaped</source>
            <translation>%1
entwichen</translation>
        </message>
        <message>
            <source>%1
not computed yet</source>
            <translation>%1
noch nicht berechnet</translation>
        </message>
        <message>
            <source>%1
attractor %2: %3</source>
            <translation>%1
Attraktor %2: %3</translation>
        </message>
        <message>
            <source>%1
attractor %2</source>
            <translation>%1
Attraktor %2</translation>
        </message>
    </context>
    <context>
        <name>nd::CommandLineEdit</name>
        <message>
            <source>--edit %1: expected KEY=VALUE</source>
            <translation>--edit %1: erwartet SCHLÜSSEL=WERT</translation>
        </message>
        <message>
            <source>--edit %1: '%2' is not a number</source>
            <translation>--edit %1: '%2' ist keine Zahl</translation>
        </message>
        <message>
            <source>--edit %1: the model has no state variable %2</source>
            <translation>--edit %1: das Modell hat keine Zustandsvariable %2</translation>
        </message>
        <message>
            <source>--edit %1: the model has no parameter '%1'</source>
            <translation>--edit %1: das Modell hat keinen Parameter '%1'</translation>
        </message>
    </context>
    <context>
        <name>nd::ContinuationTask</name>
        <message>
            <source>Change continuation</source>
            <translation>Fortsetzung ändern</translation>
        </message>
        <message>
            <source>Parameter:</source>
            <translation>Parameter:</translation>
        </message>
        <message>
            <source>The parameter the branches are followed in</source>
            <translation>Der Parameter, in dem die Zweige verfolgt werden</translation>
        </message>
        <message>
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <source>Lowest value of the parameter (empty: its valid range)</source>
            <translation>Kleinster Wert des Parameters (leer: sein gültiger Bereich)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Highest value of the parameter (empty: its valid range)</source>
            <translation>Größter Wert des Parameters (leer: sein gültiger Bereich)</translation>
        </message>
        <message>
            <source>start at</source>
            <translation>Start bei</translation>
        </message>
        <message>
            <source>Parameter value of the start point (empty: the study's value)</source>
            <translation>Parameterwert des Startpunkts (leer: der Wert der Studie)</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>Start:</translation>
        </message>
        <message>
            <source>Where the first branch starts: a fixed point found by Newton's method from the initial state, the synchronous fixed point of a network, or a period-K cycle through the initial state</source>
            <translation>Wo der erste Zweig beginnt: ein Fixpunkt, den das Newton-Verfahren vom Anfangszustand aus findet, der synchrone Fixpunkt eines Netzwerks oder ein Zyklus der Periode K durch den Anfangszustand</translation>
        </message>
        <message>
            <source>fixed point</source>
            <translation>Fixpunkt</translation>
        </message>
        <message>
            <source>homogeneous</source>
            <translation>homogen</translation>
        </message>
        <message>
            <source>cycle</source>
            <translation>Zyklus</translation>
        </message>
        <message>
            <source>K:</source>
            <translation>K:</translation>
        </message>
        <message>
            <source>Period of the cycle to start from</source>
            <translation>Periode des Zyklus, von dem aus gestartet wird</translation>
        </message>
        <message>
            <source>Points:</source>
            <translation>Punkte:</translation>
        </message>
        <message>
            <source>Most points per branch</source>
            <translation>Höchstzahl der Punkte je Zweig</translation>
        </message>
        <message>
            <source>Flip switches:</source>
            <translation>Flip-Wechsel:</translation>
        </message>
        <message>
            <source>Levels of period-doubled branches started at the flips found</source>
            <translation>Stufen periodenverdoppelter Zweige, die an den gefundenen Flips beginnen</translation>
        </message>
        <message>
            <source>Curves</source>
            <translation>Kurven</translation>
        </message>
        <message>
            <source>Follow the fold, flip and Neimark-Sacker points found in a second parameter as well</source>
            <translation>Die gefundenen Faltungs-, Flip- und Neimark-Sacker-Punkte auch in einem zweiten Parameter verfolgen</translation>
        </message>
        <message>
            <source>in:</source>
            <translation>in:</translation>
        </message>
        <message>
            <source>The second parameter of the curves</source>
            <translation>Der zweite Parameter der Kurven</translation>
        </message>
        <message>
            <source>Continuation</source>
            <translation>Fortsetzung</translation>
        </message>
    </context>
    <context>
        <name>nd::ContinuationView</name>
        <message>
            <source>State &amp;coordinate:</source>
            <translation>Zustands&amp;koordinate:</translation>
        </message>
        <message>
            <source>The state variable plotted against the parameter in the branch plot</source>
            <translation>Die Zustandsvariable, die im Zweigdiagramm über dem Parameter aufgetragen wird</translation>
        </message>
        <message>
            <source>Branches</source>
            <translation>Zweige</translation>
        </message>
        <message>
            <source>Fixed points and cycles followed in one parameter: solid where stable, dashed where unstable; LP fold, PD flip (period doubling), NS Neimark-Sacker, BP branch point</source>
            <translation>Fixpunkte und Zyklen, in einem Parameter verfolgt: durchgezogen, wo stabil, gestrichelt, wo instabil; LP Faltung, PD Flip (Periodenverdopplung), NS Neimark-Sacker, BP Verzweigungspunkt</translation>
        </message>
        <message>
            <source>Bifurcation curves</source>
            <translation>Bifurkationskurven</translation>
        </message>
        <message>
            <source>Fold, flip and Neimark-Sacker curves in two parameters, drawn solid (a curve has no stability of its own), with their codimension-2 points: CP cusp, R1-R4 strong resonances, LPPD fold-flip, LPNS fold-NS, PDNS flip-NS, NSNS double NS, GPD generalised flip, CH Chenciner</source>
            <translation>Faltungs-, Flip- und Neimark-Sacker-Kurven in zwei Parametern, durchgezogen gezeichnet (eine Kurve hat keine eigene Stabilität), mit ihren Punkten der Kodimension 2: CP Spitze, R1-R4 starke Resonanzen, LPPD Faltung-Flip, LPNS Faltung-NS, PDNS Flip-NS, NSNS doppelte NS, GPD verallgemeinerter Flip, CH Chenciner</translation>
        </message>
        <message>
            <source>%1: %2 points, special points: %3; ended: %4</source>
            <translation>%1: %2 Punkte, besondere Punkte: %3; beendet: %4</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
    </context>
    <context>
        <name>nd::DelayChoiceView</name>
        <message>
            <source>mutual information I(tau)</source>
            <translation>Transinformation I(tau)</translation>
        </message>
        <message>
            <source>delay tau (samples)</source>
            <translation>Verzögerung tau (Abtastwerte)</translation>
        </message>
        <message>
            <source>I(tau) (nats)</source>
            <translation>I(tau) (nats)</translation>
        </message>
        <message>
            <source>Delay: average mutual information</source>
            <translation>Verzögerung: mittlere Transinformation</translation>
        </message>
        <message>
            <source>tau = %1 (%2)</source>
            <translation>tau = %1 (%2)</translation>
        </message>
        <message>
            <source>Delay tau = %1 by the %2 of the average mutual information</source>
            <translation>Verzögerung tau = %1 nach dem Kriterium '%2' der mittleren Transinformation</translation>
        </message>
        <message>
            <source>No delay chosen: %1</source>
            <translation>Keine Verzögerung gewählt: %1</translation>
        </message>
    </context>
    <context>
        <name>nd::DimensionChoiceView</name>
        <message>
            <source>false-neighbour fraction</source>
            <translation>Anteil falscher Nachbarn</translation>
        </message>
        <message>
            <source>Cao E1</source>
            <translation>Cao E1</translation>
        </message>
        <message>
            <source>Cao E2</source>
            <translation>Cao E2</translation>
        </message>
        <message>
            <source>dimension m</source>
            <translation>Dimension m</translation>
        </message>
        <message>
            <source>fraction, E1, E2</source>
            <translation>Anteil, E1, E2</translation>
        </message>
        <message>
            <source>Dimension: false nearest neighbours and Cao</source>
            <translation>Dimension: falsche nächste Nachbarn und Cao</translation>
        </message>
        <message>
            <source>FNN m = %1</source>
            <translation>FNN m = %1</translation>
        </message>
        <message>
            <source>Cao m = %1</source>
            <translation>Cao m = %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Dimension at tau = %1: false nearest neighbours m = %2, Cao m = %3</source>
            <translation>Dimension bei tau = %1: falsche nächste Nachbarn m = %2, Cao m = %3</translation>
        </message>
    </context>
    <context>
        <name>nd::EmbeddingTask</name>
        <message>
            <source>Embedding: delay</source>
            <translation>Einbettung: Verzögerung</translation>
        </message>
        <message>
            <source>Embedding: dimension</source>
            <translation>Einbettung: Dimension</translation>
        </message>
        <message>
            <source>Change embedding choices</source>
            <translation>Einbettungswahl ändern</translation>
        </message>
        <message>
            <source>Delay from:</source>
            <translation>Verzögerung aus:</translation>
        </message>
        <message>
            <source>The delay: given, the first minimum of the average mutual information (ami), or the first zero of the autocorrelation (acf)</source>
            <translation>Die Verzögerung: vorgegeben, das erste Minimum der mittleren Transinformation (ami) oder die erste Nullstelle der Autokorrelation (acf)</translation>
        </message>
        <message>
            <source>given</source>
            <translation>gegeben</translation>
        </message>
        <message>
            <source>Delay:</source>
            <translation>Verzögerung:</translation>
        </message>
        <message>
            <source>The given delay in samples</source>
            <translation>Die vorgegebene Verzögerung in Abtastwerten</translation>
        </message>
        <message>
            <source>Max dimension:</source>
            <translation>Max. Dimension:</translation>
        </message>
        <message>
            <source>Dimensions 1..M are tested</source>
            <translation>Die Dimensionen 1..M werden geprüft</translation>
        </message>
        <message>
            <source>Theiler:</source>
            <translation>Theiler:</translation>
        </message>
        <message>
            <source>Neighbours closer in time than this are skipped</source>
            <translation>Nachbarn, die zeitlich näher liegen, werden übersprungen</translation>
        </message>
        <message>
            <source>R_tol:</source>
            <translation>R_tol:</translation>
        </message>
        <message>
            <source>Kennel's R_tol: distance growth that makes a neighbour false</source>
            <translation>Kennels R_tol: Abstandszuwachs, der einen Nachbarn falsch macht</translation>
        </message>
        <message>
            <source>FNN threshold:</source>
            <translation>FNN-Schwelle:</translation>
        </message>
        <message>
            <source>The chosen dimension is the first whose false fraction is below this</source>
            <translation>Die gewählte Dimension ist die erste, deren Anteil falscher Nachbarn darunter liegt</translation>
        </message>
        <message>
            <source>Cao threshold:</source>
            <translation>Cao-Schwelle:</translation>
        </message>
        <message>
            <source>Cao's chosen dimension is the first d with E1(d) at or above this</source>
            <translation>Caos gewählte Dimension ist das erste d mit E1(d) mindestens gleich diesem Wert</translation>
        </message>
        <message>
            <source>Embedding choices</source>
            <translation>Einbettungswahl</translation>
        </message>
    </context>
    <context>
        <name>nd::EmergenceView</name>
        <message>
            <source>Multifractal spectra over training</source>
            <translation>Multifraktale Spektren über das Training</translation>
        </message>
        <message>
            <source>Lipschitz-Hölder exponent alpha</source>
            <translation>Lipschitz-Hölder-Exponent alpha</translation>
        </message>
        <message>
            <source>f(alpha)</source>
            <translation>f(alpha)</translation>
        </message>
        <message>
            <source>Mean f(alpha) over the subnetworks of each checkpoint, blue = early to red = late, with a band of +-1 standard deviation</source>
            <translation>Mittleres f(alpha) über die Teilnetze jedes Checkpoints, blau = früh bis rot = spät, mit einem Band von +-1 Standardabweichung</translation>
        </message>
        <message>
            <source>alpha_0, width and emergence</source>
            <translation>alpha_0, Breite und Emergenz</translation>
        </message>
        <message>
            <source>training step</source>
            <translation>Trainingsschritt</translation>
        </message>
        <message>
            <source>alpha_0, width</source>
            <translation>alpha_0, Breite</translation>
        </message>
        <message>
            <source>alpha_0 (regularity) and the spectrum width (heterogeneity), mean +- sd over the subnetworks; the degree of emergence E = (w/w0) ln(alpha_0(t0)/alpha_0) on the right axis</source>
            <translation>alpha_0 (Regelmäßigkeit) und die Spektrumsbreite (Heterogenität), Mittel +- Standardabweichung über die Teilnetze; der Emergenzgrad E = (w/w0) ln(alpha_0(t0)/alpha_0) auf der rechten Achse</translation>
        </message>
        <message>
            <source>Emergence and benchmark scores</source>
            <translation>Emergenz und Benchmark-Ergebnisse</translation>
        </message>
        <message>
            <source>degree of emergence E</source>
            <translation>Emergenzgrad E</translation>
        </message>
        <message>
            <source>E over training (left axis) with the benchmark scores read from the scores file (right axis, dashed)</source>
            <translation>E über das Training (linke Achse) mit den Benchmark-Ergebnissen aus der Ergebnisdatei (rechte Achse, gestrichelt)</translation>
        </message>
        <message>
            <source>No emergence curve: %1</source>
            <translation>Keine Emergenzkurve: %1</translation>
        </message>
        <message>
            <source>the computation was canceled</source>
            <translation>die Berechnung wurde abgebrochen</translation>
        </message>
        <message>
            <source>no checkpoint</source>
            <translation>kein Checkpoint</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>undefiniert</translation>
        </message>
        <message>
            <source>E is undefined: %1</source>
            <translation>E ist undefiniert: %1</translation>
        </message>
        <message>
            <source>step %1</source>
            <translation>Schritt %1</translation>
        </message>
        <message>
            <source>alpha_0</source>
            <translation>alpha_0</translation>
        </message>
        <message>
            <source>width</source>
            <translation>Breite</translation>
        </message>
        <message>
            <source>emergence E</source>
            <translation>Emergenz E</translation>
        </message>
        <message>
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>&lt;b&gt;NeuroMFA over training&lt;/b&gt; (method %6): %1 checkpoints (steps %2 to %3), %4 subnetworks each; E at the last step = &lt;b&gt;%5&lt;/b&gt;</source>
            <translation>&lt;b&gt;NeuroMFA über das Training&lt;/b&gt; (Methode %6): %1 Checkpoints (Schritte %2 bis %3), je %4 Teilnetze; E im letzten Schritt = &lt;b&gt;%5&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Spectra f(alpha), %1</source>
            <translation>Spektren f(alpha), %1</translation>
        </message>
    </context>
    <context>
        <name>nd::EntropyTableView</name>
        <message>
            <source>Approximate entropy</source>
            <translation>Approximative Entropie</translation>
        </message>
        <message>
            <source>Permutation entropy</source>
            <translation>Permutationsentropie</translation>
        </message>
        <message>
            <source>Permutation entropy (Bandt and Pompe 2002): the Shannon entropy of the ordinal patterns of d samples tau apart; ties rank the earlier sample as the smaller</source>
            <translation>Permutationsentropie (Bandt und Pompe 2002): die Shannon-Entropie der Ordinalmuster aus d Werten im Abstand tau; bei Gleichheit gilt der frühere Wert als der kleinere</translation>
        </message>
        <message>
            <source>%1 (fraction of ln d!)</source>
            <translation>%1 (Anteil von ln d!)</translation>
        </message>
        <message>
            <source>%1 nats</source>
            <translation>%1 nats</translation>
        </message>
        <message>
            <source>undefined: %1</source>
            <translation>undefiniert: %1</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Order d</source>
            <translation>Ordnung d</translation>
        </message>
        <message>
            <source>Delay tau</source>
            <translation>Verzögerung tau</translation>
        </message>
        <message>
            <source>Weighting</source>
            <translation>Gewichtung</translation>
        </message>
        <message>
            <source>each window by its variance (Fadlallah et al. 2013)</source>
            <translation>jedes Fenster mit seiner Varianz (Fadlallah et al. 2013)</translation>
        </message>
        <message>
            <source>none: every window once</source>
            <translation>keine: jedes Fenster einmal</translation>
        </message>
        <message>
            <source>Normalised</source>
            <translation>Normiert</translation>
        </message>
        <message>
            <source>yes: divided by ln d!</source>
            <translation>ja: durch ln d! geteilt</translation>
        </message>
        <message>
            <source>no: nats</source>
            <translation>nein: nats</translation>
        </message>
        <message>
            <source>Ties</source>
            <translation>Gleichstände</translation>
        </message>
        <message>
            <source>the earlier sample ranks as the smaller</source>
            <translation>der frühere Wert gilt als der kleinere</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <source>Patterns seen</source>
            <translation>Beobachtete Muster</translation>
        </message>
        <message>
            <source>Patterns missing</source>
            <translation>Fehlende Muster</translation>
        </message>
        <message>
            <source>ln d! (nats)</source>
            <translation>ln d! (nats)</translation>
        </message>
        <message>
            <source>Expected finite-size bias</source>
            <translation>Erwartete Verzerrung durch endliche Länge</translation>
        </message>
        <message>
            <source>Approximate entropy (Pincus 1991): ApEn = Phi_m - Phi_m+1, Phi_k the mean log fraction of length-k templates within r of each template, self-match included</source>
            <translation>Approximative Entropie (Pincus 1991): ApEn = Phi_m - Phi_m+1, Phi_k der Mittelwert des Logarithmus des Anteils der Vorlagen der Länge k innerhalb von r um jede Vorlage, Selbsttreffer eingeschlossen</translation>
        </message>
        <message>
            <source>Phi_m</source>
            <translation>Phi_m</translation>
        </message>
        <message>
            <source>Phi_m+1</source>
            <translation>Phi_m+1</translation>
        </message>
        <message>
            <source>Template length m</source>
            <translation>Vorlagenlänge m</translation>
        </message>
        <message>
            <source>Tolerance r as given</source>
            <translation>Toleranz r wie angegeben</translation>
        </message>
        <message>
            <source>%1 x standard deviation</source>
            <translation>%1 x Standardabweichung</translation>
        </message>
        <message>
            <source>%1 (absolute)</source>
            <translation>%1 (absolut)</translation>
        </message>
        <message>
            <source>Tolerance r applied (absolute)</source>
            <translation>Angewandte Toleranz r (absolut)</translation>
        </message>
        <message>
            <source>Standard deviation of the series</source>
            <translation>Standardabweichung der Reihe</translation>
        </message>
        <message>
            <source>ddof (divisor N - ddof)</source>
            <translation>ddof (Divisor N - ddof)</translation>
        </message>
        <message>
            <source>Match rule</source>
            <translation>Übereinstimmungsregel</translation>
        </message>
        <message>
            <source>|x_i - x_j| &lt;= r</source>
            <translation>|x_i - x_j| &lt;= r</translation>
        </message>
        <message>
            <source>|x_i - x_j| &lt; r</source>
            <translation>|x_i - x_j| &lt; r</translation>
        </message>
        <message>
            <source>Self-matches</source>
            <translation>Selbsttreffer</translation>
        </message>
        <message>
            <source>included (as Pincus defines it)</source>
            <translation>eingeschlossen (wie Pincus es definiert)</translation>
        </message>
        <message>
            <source>Templates of length m</source>
            <translation>Vorlagen der Länge m</translation>
        </message>
        <message>
            <source>Templates of length m + 1</source>
            <translation>Vorlagen der Länge m + 1</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>biased low: fewer than %1 windows per possible pattern (d!)</source>
            <translation>nach unten verzerrt: weniger als %1 Fenster je möglichem Muster (d!)</translation>
        </message>
    </context>
    <context>
        <name>nd::EquationEditor</name>
        <message>
            <source>Line %1, column %2: %3</source>
            <translation>Zeile %1, Spalte %2: %3</translation>
        </message>
        <message>
            <source>The model compiles; edits apply after a short pause (Ctrl+Return: now).</source>
            <translation>Das Modell lässt sich übersetzen; Änderungen gelten nach einer kurzen Pause (Strg+Eingabe: sofort).</translation>
        </message>
        <message>
            <source>The model in NeuroDyn's model language: one var, par, fun or aux line per entry and one equation per variable (x' = ... for a map, dx/dt = ... for a flow). Checked as you type; Ctrl+Return applies at once, Ctrl+Z goes back.</source>
            <translation>Das Modell in der Modellsprache von NeuroDyn: eine var-, par-, fun- oder aux-Zeile je Eintrag und eine Gleichung je Variable (x' = ... für eine Abbildung, dx/dt = ... für einen Fluss). Wird beim Tippen geprüft; Strg+Eingabe übernimmt sofort, Strg+Z geht zurück.</translation>
        </message>
        <message>
            <source>Where the text has an error, or that it compiles</source>
            <translation>Wo der Text einen Fehler hat, oder dass er sich übersetzen lässt</translation>
        </message>
    </context>
    <context>
        <name>nd::ExportController</name>
        <message>
            <source>&amp;Export Plot</source>
            <translation>Diagramm &amp;exportieren</translation>
        </message>
        <message>
            <source>Save one plot as PNG, SVG or PDF, or its data as CSV</source>
            <translation>Ein Diagramm als PNG, SVG oder PDF oder seine Daten als CSV sichern</translation>
        </message>
        <message>
            <source>&amp;Copy Plot to Clipboard</source>
            <translation>Diagramm in die Zwischenablage &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy one plot as an image to the clipboard</source>
            <translation>Ein Diagramm als Bild in die Zwischenablage kopieren</translation>
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
            <source>Export every plot and its data into a folder</source>
            <translation>Alle Diagramme und ihre Daten in einen Ordner exportieren</translation>
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
        <message>
            <source>Save this plot as PNG, SVG or PDF, or its data as CSV</source>
            <translation>Dieses Diagramm als PNG, SVG oder PDF speichern oder seine Daten als CSV</translation>
        </message>
        <message>
            <source>Copy this plot as an image to the clipboard</source>
            <translation>Dieses Diagramm als Bild in die Zwischenablage kopieren</translation>
        </message>
    </context>
    <context>
        <name>nd::FileController</name>
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
            <source>Start a new study of another model with its default values</source>
            <translation>Eine neue Studie eines anderen Modells mit dessen Standardwerten beginnen</translation>
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
            <source>Open a study file</source>
            <translation>Eine Studiendatei öffnen</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Open one of the studies opened or saved last</source>
            <translation>Eine der zuletzt geöffneten oder gesicherten Studien öffnen</translation>
        </message>
        <message>
            <source>&amp;Examples</source>
            <translation>&amp;Beispiele</translation>
        </message>
        <message>
            <source>Open a built-in example study as an untitled copy</source>
            <translation>Eine eingebaute Beispielstudie als unbenannte Kopie öffnen</translation>
        </message>
        <message>
            <source>&amp;Save Study</source>
            <translation>Studie &amp;speichern</translation>
        </message>
        <message>
            <source>Save the study to its file</source>
            <translation>Die Studie in ihre Datei sichern</translation>
        </message>
        <message>
            <source>Save Study &amp;As...</source>
            <translation>Studie speichern &amp;unter …</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>Save the study to a new file</source>
            <translation>Die Studie in eine neue Datei sichern</translation>
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
        <message>
            <source>Opened %1 (old spellings, saving updates them: %2)</source>
            <translation>%1 geöffnet (alte Schreibweisen, Speichern aktualisiert sie: %2)</translation>
        </message>
        <message>
            <source>&amp;Import XPPAUT Model...</source>
            <translation>XPPAUT-Modell &amp;importieren...</translation>
        </message>
        <message>
            <source>Import XPPAUT Model</source>
            <translation>XPPAUT-Modell importieren</translation>
        </message>
        <message>
            <source>XPPAUT models (*.ode);;All files (*)</source>
            <translation>XPPAUT-Modelle (*.ode);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open an XPPAUT .ode file as a new study of a typed model</source>
            <translation>Eine XPPAUT-.ode-Datei als neue Studie eines eingegebenen Modells öffnen</translation>
        </message>
        <message>
            <source>Imported %1</source>
            <translation>%1 importiert</translation>
        </message>
        <message>
            <source>The XPPAUT model could not be imported.
%1</source>
            <translation>Das XPPAUT-Modell konnte nicht importiert werden.
%1</translation>
        </message>
        <message>
            <source>... and %1 more (see Show Details)</source>
            <translation>... und %1 weitere (siehe Details anzeigen)</translation>
        </message>
        <message>
            <source>%1 was imported. These lines were not translated or were changed:</source>
            <translation>%1 wurde importiert. Diese Zeilen wurden nicht übersetzt oder verändert:</translation>
        </message>
        <message>
            <source>New &amp;Typed Model</source>
            <translation>Neues &amp;eingegebenes Modell</translation>
        </message>
        <message>
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <source>Start a new study of a model you type: the Chialvo map in the model language, ready to change</source>
            <translation>Eine neue Studie mit einem selbst eingegebenen Modell beginnen: die Chialvo-Abbildung in der Modellsprache, bereit zum Ändern</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>NeuroDyn studies (*.json *.ndstudy)</source>
            <translation>NeuroDyn-Studien (*.json *.ndstudy)</translation>
        </message>
    </context>
    <context>
        <name>nd::FixedPointsTable</name>
        <message>
            <source>stable node</source>
            <translation>stabiler Knoten</translation>
        </message>
        <message>
            <source>stable focus</source>
            <translation>stabiler Fokus</translation>
        </message>
        <message>
            <source>saddle</source>
            <translation>Sattelpunkt</translation>
        </message>
        <message>
            <source>unstable node</source>
            <translation>instabiler Knoten</translation>
        </message>
        <message>
            <source>unstable focus</source>
            <translation>instabiler Fokus</translation>
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
        <name>nd::FixedPointsTask</name>
        <message>
            <source>Change fixed points settings</source>
            <translation>Einstellungen der Fixpunkte ändern</translation>
        </message>
        <message>
            <source>Seeds:</source>
            <translation>Startpunkte:</translation>
        </message>
        <message>
            <source>Initial guesses for Newton's method: the initial state first, then random ones</source>
            <translation>Startschätzungen für das Newton-Verfahren: zuerst der Anfangszustand, dann zufällige</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Startwert:</translation>
        </message>
        <message>
            <source>Seed of the random initial guesses (the same seed gives the same guesses)</source>
            <translation>Startwert der zufälligen Startschätzungen (derselbe Startwert ergibt dieselben Schätzungen)</translation>
        </message>
        <message>
            <source>Newton steps:</source>
            <translation>Newton-Schritte:</translation>
        </message>
        <message>
            <source>Most Newton iterations from one guess</source>
            <translation>Höchstzahl der Newton-Iterationen je Schätzung</translation>
        </message>
        <message>
            <source>Tolerance:</source>
            <translation>Toleranz:</translation>
        </message>
        <message>
            <source>Residual accepted as converged, relative to 1 + |x|</source>
            <translation>Als konvergiert akzeptiertes Residuum, relativ zu 1 + |x|</translation>
        </message>
        <message>
            <source>Homogeneous</source>
            <translation>Homogen</translation>
        </message>
        <message>
            <source>Networks: also start from synchronous states (every node alike), where the homogeneous fixed point lies</source>
            <translation>Netzwerke: auch von synchronen Zuständen aus starten (alle Knoten gleich), wo der homogene Fixpunkt liegt</translation>
        </message>
        <message>
            <source>Fixed points</source>
            <translation>Fixpunkte</translation>
        </message>
        <message>
            <source>Critical set</source>
            <translation>Kritische Menge</translation>
        </message>
        <message>
            <source>Critical set LC_-1 (det J = 0) and its image LC</source>
            <translation>Kritische Menge LC_-1 (det J = 0) und ihr Bild LC</translation>
        </message>
        <message>
            <source>; %1 of the orbit within %2</source>
            <translation>; Anteil %1 des Orbits näher als %2</translation>
        </message>
        <message>
            <source>Compute the critical set LC_-1 (det J = 0: where the map is not locally invertible) on a 2-D slice of the state space, and its image LC, drawn over the orbit (maps only)</source>
            <translation>Die kritische Menge LC_-1 (det J = 0: wo die Abbildung nicht lokal invertierbar ist) auf einem 2-D-Schnitt des Zustandsraums berechnen, dazu ihr Bild LC, über den Orbit gezeichnet (nur Abbildungen)</translation>
        </message>
        <message>
            <source>u min:</source>
            <translation>u min:</translation>
        </message>
        <message>
            <source>u max:</source>
            <translation>u max:</translation>
        </message>
        <message>
            <source>v min:</source>
            <translation>v min:</translation>
        </message>
        <message>
            <source>v max:</source>
            <translation>v max:</translation>
        </message>
        <message>
            <source>Lower bound of the slice variable on the box. Empty: the fixed points' seed box (by default the initial state -+ 10); clearing a bound returns the whole box to that default</source>
            <translation>Untere Grenze der Schnittvariablen im Kasten. Leer: der Startkasten der Fixpunkte (standardmäßig Anfangszustand -+ 10); das Leeren einer Grenze setzt den ganzen Kasten auf diesen Standard zurück</translation>
        </message>
        <message>
            <source>Upper bound of the slice variable on the box. Empty: the fixed points' seed box (by default the initial state -+ 10); clearing a bound returns the whole box to that default</source>
            <translation>Obere Grenze der Schnittvariablen im Kasten. Leer: der Startkasten der Fixpunkte (standardmäßig Anfangszustand -+ 10); das Leeren einer Grenze setzt den ganzen Kasten auf diesen Standard zurück</translation>
        </message>
        <message>
            <source>u:</source>
            <translation>u:</translation>
        </message>
        <message>
            <source>v:</source>
            <translation>v:</translation>
        </message>
        <message>
            <source>Slice variable u (horizontal axis): varies over the box while the other coordinates stay fixed; det J is that of the whole map. Choosing v's variable swaps u and v</source>
            <translation>Schnittvariable u (waagrechte Achse): läuft über den Kasten, während die übrigen Koordinaten fest bleiben; det J ist die der ganzen Abbildung. Die Wahl der Variablen von v vertauscht u und v</translation>
        </message>
        <message>
            <source>Slice variable v (vertical axis): varies over the box while the other coordinates stay fixed; det J is that of the whole map. Choosing u's variable swaps u and v</source>
            <translation>Schnittvariable v (senkrechte Achse): läuft über den Kasten, während die übrigen Koordinaten fest bleiben; det J ist die der ganzen Abbildung. Die Wahl der Variablen von u vertauscht u und v</translation>
        </message>
        <message>
            <source>Grid:</source>
            <translation>Gitter:</translation>
        </message>
        <message>
            <source>Grid cells per axis: det J is evaluated at (cells + 1)^2 vertices, and each sign change along a cell edge is located by bisection</source>
            <translation>Gitterzellen je Achse: det J wird an (Zellen + 1)^2 Eckpunkten ausgewertet, und jeder Vorzeichenwechsel entlang einer Zellkante wird durch Bisektion lokalisiert</translation>
        </message>
        <message>
            <source>Others:</source>
            <translation>Übrige:</translation>
        </message>
        <message>
            <source>Where the slice's other coordinates come from: the study's initial state (fixed state), values typed here (given values), or points along the orbit, each defining one slice whose critical sets are drawn together (follow the trajectory)</source>
            <translation>Woher die übrigen Koordinaten des Schnitts kommen: aus dem Anfangszustand der Studie (fester Zustand), aus hier eingegebenen Werten (vorgegebene Werte) oder aus Punkten entlang des Orbits, die je einen Schnitt festlegen, deren kritische Mengen gemeinsam gezeichnet werden (der Trajektorie folgen)</translation>
        </message>
        <message>
            <source>fixed state</source>
            <translation>fester Zustand</translation>
        </message>
        <message>
            <source>given values</source>
            <translation>vorgegebene Werte</translation>
        </message>
        <message>
            <source>follow the trajectory</source>
            <translation>der Trajektorie folgen</translation>
        </message>
        <message>
            <source>Values:</source>
            <translation>Werte:</translation>
        </message>
        <message>
            <source>Given values: a full state, one value per state variable in the model's order, for the slice's other coordinates (the entries of u and v are not used)</source>
            <translation>Vorgegebene Werte: ein vollständiger Zustand, ein Wert je Zustandsvariable in der Reihenfolge des Modells, für die übrigen Koordinaten des Schnitts (die Einträge von u und v werden nicht verwendet)</translation>
        </message>
        <message>
            <source>Slices:</source>
            <translation>Schnitte:</translation>
        </message>
        <message>
            <source>Following the trajectory: how many orbit points, evenly spaced over the kept orbit, each define one slice</source>
            <translation>Der Trajektorie folgen: wie viele Orbitpunkte, gleichmäßig über den behaltenen Orbit verteilt, je einen Schnitt festlegen</translation>
        </message>
        <message>
            <source>Orbit transient:</source>
            <translation>Orbit-Einschwingen:</translation>
        </message>
        <message>
            <source>The orbit from the initial state (trajectory slices, orbit fraction, the orbit drawn): iterations dropped before it is kept</source>
            <translation>Der Orbit ab dem Anfangszustand (Schnitte entlang der Trajektorie, Orbitanteil, der gezeichnete Orbit): verworfene Iterationen, bevor er behalten wird</translation>
        </message>
        <message>
            <source>Orbit points:</source>
            <translation>Orbitpunkte:</translation>
        </message>
        <message>
            <source>The orbit from the initial state (trajectory slices, orbit fraction, the orbit drawn): points kept</source>
            <translation>Der Orbit ab dem Anfangszustand (Schnitte entlang der Trajektorie, Orbitanteil, der gezeichnete Orbit): behaltene Punkte</translation>
        </message>
        <message>
            <source>Distance:</source>
            <translation>Abstand:</translation>
        </message>
        <message>
            <source>Orbit fraction: the share of the orbit's points whose Euclidean distance in the full state space to LC_-1 (its nearest point or segment) is below this distance; empty: not computed</source>
            <translation>Orbitanteil: der Anteil der Orbitpunkte, deren euklidischer Abstand im vollen Zustandsraum zu LC_-1 (zu dessen nächstem Punkt oder Segment) unter diesem Abstand liegt; leer: nicht berechnet</translation>
        </message>
    </context>
    <context>
        <name>nd::InitialStateEditor</name>
        <message>
            <source>Default initial state</source>
            <translation>Standard-Anfangszustand</translation>
        </message>
        <message>
            <source>Random initial state (seed %1)</source>
            <translation>Zufälliger Anfangszustand (Startwert %1)</translation>
        </message>
        <message>
            <source>'%1' is not a finite number</source>
            <translation>'%1' ist keine endliche Zahl</translation>
        </message>
        <message>
            <source>the initial state needs %1 values, not %2</source>
            <translation>der Anfangszustand braucht %1 Werte, nicht %2</translation>
        </message>
        <message>
            <source>Edit initial state</source>
            <translation>Anfangszustand bearbeiten</translation>
        </message>
        <message>
            <source>Copy the state of node %1 to every node</source>
            <translation>Zustand von Knoten %1 in jeden Knoten kopieren</translation>
        </message>
        <message>
            <source>Values:</source>
            <translation>Werte:</translation>
        </message>
        <message>
            <source>Every initial value in the order of the state variables, comma-separated; press Enter to apply</source>
            <translation>Alle Anfangswerte in der Reihenfolge der Zustandsvariablen, durch Kommas getrennt; mit der Eingabetaste übernehmen</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>Standardwerte</translation>
        </message>
        <message>
            <source>Start from the model's default initial state</source>
            <translation>Mit dem Standard-Anfangszustand des Modells beginnen</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Startwert:</translation>
        </message>
        <message>
            <source>Seed of the random initial state: the same seed draws the same values</source>
            <translation>Startwert des zufälligen Anfangszustands: derselbe Startwert zieht dieselben Werte</translation>
        </message>
        <message>
            <source>Random</source>
            <translation>Zufällig</translation>
        </message>
        <message>
            <source>Draw every initial value uniformly from the range below with this seed</source>
            <translation>Jeden Anfangswert mit diesem Startwert gleichverteilt aus dem Bereich unten ziehen</translation>
        </message>
        <message>
            <source>Range:</source>
            <translation>Bereich:</translation>
        </message>
        <message>
            <source>Smallest random initial value</source>
            <translation>Kleinster zufälliger Anfangswert</translation>
        </message>
        <message>
            <source>Largest random initial value</source>
            <translation>Größter zufälliger Anfangswert</translation>
        </message>
        <message>
            <source>Range of the random initial values</source>
            <translation>Bereich der zufälligen Anfangswerte</translation>
        </message>
        <message>
            <source>Node:</source>
            <translation>Knoten:</translation>
        </message>
        <message>
            <source>Node whose state is copied</source>
            <translation>Knoten, dessen Zustand kopiert wird</translation>
        </message>
        <message>
            <source>Copy to All Nodes</source>
            <translation>In alle Knoten kopieren</translation>
        </message>
        <message>
            <source>Give every node of the same map this node's state: a synchronised start</source>
            <translation>Jedem Knoten derselben Abbildung den Zustand dieses Knotens geben: ein synchronisierter Start</translation>
        </message>
    </context>
    <context>
        <name>nd::LinksDialog</name>
        <message>
            <source>Linked Parameters</source>
            <translation>Verknüpfte Parameter</translation>
        </message>
        <message>
            <source>A linked parameter sets several parameters at once: target = scale × link + offset. It appears with the parameters (sliders, orbit diagram, scans, continuation); its targets follow it. One row per target; rows with the same link name form one link.</source>
            <translation>Ein verknüpfter Parameter setzt mehrere Parameter auf einmal: Ziel = Faktor × Verknüpfung + Versatz. Er erscheint bei den Parametern (Schieberegler, Orbitdiagramm, Scans, Fortsetzung); seine Ziele folgen ihm. Eine Zeile je Ziel; Zeilen mit demselben Verknüpfungsnamen bilden eine Verknüpfung.</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Verknüpfung</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <source>Offset</source>
            <translation>Versatz</translation>
        </message>
        <message>
            <source>&amp;Add Row</source>
            <translation>Zeile &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add a target row (to a new link, or to the selected row's link)</source>
            <translation>Eine Zielzeile hinzufügen (zu einer neuen Verknüpfung oder zur Verknüpfung der gewählten Zeile)</translation>
        </message>
        <message>
            <source>&amp;Remove Row</source>
            <translation>Zeile &amp;entfernen</translation>
        </message>
        <message>
            <source>Remove the selected rows</source>
            <translation>Die gewählten Zeilen entfernen</translation>
        </message>
        <message>
            <source>target = scale × link + offset</source>
            <translation>Ziel = Faktor × Verknüpfung + Versatz</translation>
        </message>
        <message>
            <source>A parameter of the model, or another link</source>
            <translation>Ein Parameter des Modells oder eine andere Verknüpfung</translation>
        </message>
        <message>
            <source>Row %1: the scale must be a number</source>
            <translation>Zeile %1: der Faktor muss eine Zahl sein</translation>
        </message>
        <message>
            <source>Row %1: the offset must be a number</source>
            <translation>Zeile %1: der Versatz muss eine Zahl sein</translation>
        </message>
    </context>
    <context>
        <name>nd::LyapunovAlongView</name>
        <message>
            <source>Lyapunov spectrum along a parameter</source>
            <translation>Lyapunov-Spektrum entlang eines Parameters</translation>
        </message>
        <message>
            <source>parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>exponent</source>
            <translation>Exponent</translation>
        </message>
        <message>
            <source>Lyapunov spectrum along a parameter: %1</source>
            <translation>Lyapunov-Spektrum entlang eines Parameters: %1</translation>
        </message>
        <message>
            <source>no spectrum (%1 escaped)</source>
            <translation>kein Spektrum (%1 entwichen)</translation>
        </message>
        <message>
            <source>no spectrum</source>
            <translation>kein Spektrum</translation>
        </message>
    </context>
    <context>
        <name>nd::LyapunovTask</name>
        <message>
            <source>Lyapunov exponents (%1)</source>
            <translation>Lyapunov-Exponenten (%1)</translation>
        </message>
        <message>
            <source>, Kaplan-Yorke dimension %1</source>
            <translation>, Kaplan-Yorke-Dimension %1</translation>
        </message>
        <message>
            <source>Largest Lyapunov exponent %1 (final value only; %2)</source>
            <translation>Größter Lyapunov-Exponent %1 (nur Endwert; %2)</translation>
        </message>
        <message>
            <source>Change Lyapunov settings</source>
            <translation>Lyapunov-Einstellungen ändern</translation>
        </message>
        <message>
            <source>Largest only</source>
            <translation>Nur der größte</translation>
        </message>
        <message>
            <source>Only the largest exponent, from one renormalised tangent vector (cheaper)</source>
            <translation>Nur der größte Exponent, aus einem renormierten Tangentenvektor (günstiger)</translation>
        </message>
        <message>
            <source>Exponents:</source>
            <translation>Exponenten:</translation>
        </message>
        <message>
            <source>How many of the largest exponents (0: all)</source>
            <translation>Wie viele der größten Exponenten (0: alle)</translation>
        </message>
        <message>
            <source>Transient:</source>
            <translation>Einschwingen:</translation>
        </message>
        <message>
            <source>Iterations before the exponents are accumulated</source>
            <translation>Iterationen, bevor die Exponenten aufsummiert werden</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>Schritte:</translation>
        </message>
        <message>
            <source>Iterations over which the exponents are accumulated</source>
            <translation>Iterationen, über die die Exponenten aufsummiert werden</translation>
        </message>
        <message>
            <source>QR every:</source>
            <translation>QR alle:</translation>
        </message>
        <message>
            <source>Iterations between two re-orthonormalisations of the tangent vectors</source>
            <translation>Iterationen zwischen zwei Re-Orthonormierungen der Tangentenvektoren</translation>
        </message>
        <message>
            <source>dt:</source>
            <translation>dt:</translation>
        </message>
        <message>
            <source>Flows: RK4 step of the variational equations</source>
            <translation>Flüsse: RK4-Schritt der Variationsgleichungen</translation>
        </message>
        <message>
            <source>Lyapunov exponents</source>
            <translation>Lyapunov-Exponenten</translation>
        </message>
        <message>
            <source>Lyapunov spectrum along a parameter</source>
            <translation>Lyapunov-Spektrum entlang eines Parameters</translation>
        </message>
        <message>
            <source>Lyapunov spectrum along %1 (%2)</source>
            <translation>Lyapunov-Spektrum entlang %1 (%2)</translation>
        </message>
        <message>
            <source>Along a parameter</source>
            <translation>Entlang eines Parameters</translation>
        </message>
        <message>
            <source>Also the spectrum at every value of one parameter, each from the initial state (or from the previous value's final state: follow)</source>
            <translation>Zusätzlich das Spektrum bei jedem Wert eines Parameters, jeweils ab dem Anfangszustand (oder ab dem Endzustand des vorigen Werts: follow)</translation>
        </message>
        <message>
            <source>Parameter:</source>
            <translation>Parameter:</translation>
        </message>
        <message>
            <source>The parameter the spectrum is computed along</source>
            <translation>Der Parameter, entlang dessen das Spektrum berechnet wird</translation>
        </message>
        <message>
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <source>First value of the parameter</source>
            <translation>Erster Wert des Parameters</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Last value of the parameter</source>
            <translation>Letzter Wert des Parameters</translation>
        </message>
        <message>
            <source>Values:</source>
            <translation>Werte:</translation>
        </message>
        <message>
            <source>How many parameter values, both ends included</source>
            <translation>Wie viele Parameterwerte, beide Enden eingeschlossen</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>Start:</translation>
        </message>
        <message>
            <source>Where each value starts: the study's initial state (fixed), or the previous value's final state (follow: stays on one attractor)</source>
            <translation>Wo jeder Wert beginnt: im Anfangszustand der Studie (fixed) oder im Endzustand des vorigen Werts (follow: bleibt auf einem Attraktor)</translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>fest</translation>
        </message>
        <message>
            <source>follow</source>
            <translation>folgen</translation>
        </message>
        <message>
            <source>At the study's point</source>
            <translation>Im Punkt der Studie</translation>
        </message>
        <message>
            <source>Along %1</source>
            <translation>Entlang %1</translation>
        </message>
    </context>
    <context>
        <name>nd::LyapunovView</name>
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
        <name>nd::MainWindow</name>
        <message>
            <source>Phase portrait</source>
            <translation>Phasenporträt</translation>
        </message>
        <message>
            <source>Time series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>Space-time plot</source>
            <translation>Raum-Zeit-Diagramm</translation>
        </message>
        <message>
            <source>x = %1, y = %2</source>
            <translation>x = %1, y = %2</translation>
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
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
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
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>Close NeuroDyn (asks to save unsaved changes)</source>
            <translation>NeuroDyn schließen (fragt nach dem Sichern ungesicherter Änderungen)</translation>
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
            <source>Undo the last change of the study</source>
            <translation>Die letzte Änderung der Studie rückgängig machen</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <source>Redo the change undone last</source>
            <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
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
            <source>Language, worker threads, export size and colour map</source>
            <translation>Sprache, Arbeitsthreads, Exportgröße und Farbskala</translation>
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
            <source>Compute every view again</source>
            <translation>Alle Ansichten neu berechnen</translation>
        </message>
        <message>
            <source>&amp;Cancel Computations</source>
            <translation>Berechnungen a&amp;bbrechen</translation>
        </message>
        <message>
            <source>Stop the running computations</source>
            <translation>Die laufenden Berechnungen anhalten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Show or hide the %1 panel</source>
            <translation>Den Bereich %1 zeigen oder verbergen</translation>
        </message>
        <message>
            <source>Reset &amp;Layout</source>
            <translation>&amp;Anordnung zurücksetzen</translation>
        </message>
        <message>
            <source>Ctrl+Shift+L</source>
            <translation>Ctrl+Shift+L</translation>
        </message>
        <message>
            <source>Put every panel back where it is on a first start</source>
            <translation>Alle Bereiche dorthin zurücklegen, wo sie beim ersten Start sind</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>&amp;Vollbild</translation>
        </message>
        <message>
            <source>Use the whole screen for the window</source>
            <translation>Den ganzen Bildschirm für das Fenster verwenden</translation>
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
            <source>Version and the libraries NeuroDyn is built with</source>
            <translation>Version und die Bibliotheken, mit denen NeuroDyn gebaut ist</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Version and licence of Qt</source>
            <translation>Version und Lizenz von Qt</translation>
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
            <source>cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>In This Study</source>
            <translation>In dieser Studie</translation>
        </message>
        <message>
            <source>Computations cancelled</source>
            <translation>Berechnungen abgebrochen</translation>
        </message>
        <message>
            <source>Computing: %1</source>
            <translation>Berechnung: %1</translation>
        </message>
        <message>
            <source>Opened %1 (old spellings, saving updates them: %2)</source>
            <translation>%1 geöffnet (alte Schreibweisen, Speichern aktualisiert sie: %2)</translation>
        </message>
        <message>
            <source>Change linked parameters</source>
            <translation>Verknüpfte Parameter ändern</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>&amp;Modell</translation>
        </message>
        <message>
            <source>&amp;Linked Parameters...</source>
            <translation>&amp;Verknüpfte Parameter …</translation>
        </message>
        <message>
            <source>Define parameters that set several parameters at once (sigma for all couplings)</source>
            <translation>Parameter festlegen, die mehrere Parameter auf einmal setzen (sigma für alle Kopplungen)</translation>
        </message>
        <message>
            <source>Oscillators on the circle</source>
            <translation>Oszillatoren auf dem Kreis</translation>
        </message>
        <message>
            <source>Order parameter</source>
            <translation>Ordnungsparameter</translation>
        </message>
        <message>
            <source>Oscillators</source>
            <translation>Oszillatoren</translation>
        </message>
    </context>
    <context>
        <name>nd::MfdfaTask</name>
        <message>
            <source>Change MFDFA</source>
            <translation>MFDFA ändern</translation>
        </message>
        <message>
            <source>q:</source>
            <translation>q:</translation>
        </message>
        <message>
            <source>Moments q of the fluctuation function, separated by commas or blanks</source>
            <translation>Momente q der Fluktuationsfunktion, durch Kommas oder Leerzeichen getrennt</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Ordnung:</translation>
        </message>
        <message>
            <source>Order of the polynomial detrending each segment</source>
            <translation>Ordnung des Polynoms, das jedes Segment vom Trend bereinigt</translation>
        </message>
        <message>
            <source>Scales from:</source>
            <translation>Skalen von:</translation>
        </message>
        <message>
            <source>Smallest segment length s</source>
            <translation>Kleinste Segmentlänge s</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>bis:</translation>
        </message>
        <message>
            <source>Largest segment length s (0: a quarter of the series)</source>
            <translation>Größte Segmentlänge s (0: ein Viertel der Reihe)</translation>
        </message>
        <message>
            <source>Scales:</source>
            <translation>Skalen:</translation>
        </message>
        <message>
            <source>Number of log-spaced scales between the two</source>
            <translation>Anzahl logarithmisch verteilter Skalen zwischen beiden</translation>
        </message>
        <message>
            <source>MFDFA</source>
            <translation>MFDFA</translation>
        </message>
        <message>
            <source>MFDFA: null distribution</source>
            <translation>MFDFA: Nullverteilung</translation>
        </message>
        <message>
            <source>width</source>
            <translation>Breite</translation>
        </message>
    </context>
    <context>
        <name>nd::ModelController</name>
        <message>
            <source>Change model to %1</source>
            <translation>Modell zu %1 ändern</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>%1 ändern</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 entfernen</translation>
        </message>
        <message>
            <source>Edit equations</source>
            <translation>Gleichungen bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>nd::ModelEditor</name>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Family:</source>
            <translation>Familie:</translation>
        </message>
        <message>
            <source>Kind of model: single neuron maps, reference maps, networks of maps, oscillators</source>
            <translation>Art des Modells: einzelne Neuronenabbildungen, Referenzabbildungen, Netzwerke von Abbildungen, Oszillatoren</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>Modell:</translation>
        </message>
        <message>
            <source>Model or network preset; choosing another starts from its default values (undo goes back)</source>
            <translation>Modell oder Netzwerkvorlage; die Wahl eines anderen beginnt mit dessen Standardwerten (Rückgängig kehrt zurück)</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Struktur</translation>
        </message>
        <message>
            <source>Settings fixed when the model is built: size, node maps, topology, ...</source>
            <translation>Beim Aufbau des Modells festgelegte Einstellungen: Größe, Knotenabbildungen, Topologie, …</translation>
        </message>
        <message>
            <source>This model has no structural settings.</source>
            <translation>Dieses Modell hat keine Struktureinstellungen.</translation>
        </message>
        <message>
            <source>Per-node parameters</source>
            <translation>Parameter einzelner Knoten</translation>
        </message>
        <message>
            <source>Heterogeneity: single nodes with their own parameter values</source>
            <translation>Heterogenität: einzelne Knoten mit eigenen Parameterwerten</translation>
        </message>
        <message>
            <source>Initial conditions</source>
            <translation>Anfangsbedingungen</translation>
        </message>
        <message>
            <source>The state the simulations start from</source>
            <translation>Der Zustand, von dem die Simulationen ausgehen</translation>
        </message>
        <message>
            <source>Equations</source>
            <translation>Gleichungen</translation>
        </message>
        <message>
            <source>The typed model's text: variables, parameters and equations</source>
            <translation>Der Text des eingegebenen Modells: Variablen, Parameter und Gleichungen</translation>
        </message>
    </context>
    <context>
        <name>nd::ModelTexts</name>
        <message>
            <source>Neuron maps</source>
            <translation>Neuronenabbildungen</translation>
        </message>
        <message>
            <source>Reference maps</source>
            <translation>Referenzabbildungen</translation>
        </message>
        <message>
            <source>Networks of neuron maps</source>
            <translation>Netzwerke von Neuronenabbildungen</translation>
        </message>
        <message>
            <source>Oscillator networks</source>
            <translation>Oszillatornetzwerke</translation>
        </message>
        <message>
            <source>Other models</source>
            <translation>Andere Modelle</translation>
        </message>
        <message>
            <source>Single neuron maps: Chialvo, memristive Chialvo, Rulkov</source>
            <translation>Einzelne Neuronenabbildungen: Chialvo, memristiver Chialvo, Rulkov</translation>
        </message>
        <message>
            <source>Classic maps for validation and teaching: logistic, delayed logistic, Hénon</source>
            <translation>Klassische Abbildungen zur Validierung und Lehre: logistisch, verzögert logistisch, Hénon</translation>
        </message>
        <message>
            <source>Neuron maps coupled through their activation x: ring-star networks and heterogeneous chains</source>
            <translation>Über ihre Aktivierung x gekoppelte Neuronenabbildungen: Ring-Stern-Netzwerke und heterogene Ketten</translation>
        </message>
        <message>
            <source>Phase and vector oscillators: Kuramoto (continuous time) and AKOrN</source>
            <translation>Phasen- und Vektoroszillatoren: Kuramoto (kontinuierliche Zeit) und AKOrN</translation>
        </message>
        <message>
            <source>Models of the engine without a family of their own</source>
            <translation>Modelle des Rechenkerns ohne eigene Familie</translation>
        </message>
        <message>
            <source>Chialvo map</source>
            <translation>Chialvo-Abbildung</translation>
        </message>
        <message>
            <source>Memristive Chialvo map</source>
            <translation>Memristive Chialvo-Abbildung</translation>
        </message>
        <message>
            <source>Rulkov map</source>
            <translation>Rulkov-Abbildung</translation>
        </message>
        <message>
            <source>Logistic map</source>
            <translation>Logistische Abbildung</translation>
        </message>
        <message>
            <source>Delayed logistic map</source>
            <translation>Verzögerte logistische Abbildung</translation>
        </message>
        <message>
            <source>Hénon map</source>
            <translation>Hénon-Abbildung</translation>
        </message>
        <message>
            <source>Ring-star network</source>
            <translation>Ring-Stern-Netzwerk</translation>
        </message>
        <message>
            <source>Higher-order ring-star (K4)</source>
            <translation>Ring-Stern höherer Ordnung (K4)</translation>
        </message>
        <message>
            <source>Heterogeneous chain</source>
            <translation>Heterogene Kette</translation>
        </message>
        <message>
            <source>Kuramoto oscillators</source>
            <translation>Kuramoto-Oszillatoren</translation>
        </message>
        <message>
            <source>AKOrN vector oscillators</source>
            <translation>AKOrN-Vektoroszillatoren</translation>
        </message>
        <message>
            <source>Chialvo's two-variable neuron map: activation x, recovery y</source>
            <translation>Chialvos Neuronenabbildung mit zwei Variablen: Aktivierung x, Erholung y</translation>
        </message>
        <message>
            <source>Chialvo map with an electromagnetic flux variable phi acting through a memristor</source>
            <translation>Chialvo-Abbildung mit einer Variablen phi für den elektromagnetischen Fluss, die über einen Memristor wirkt</translation>
        </message>
        <message>
            <source>Rulkov's chaotic map: fast variable x, slow variable y</source>
            <translation>Rulkovs chaotische Abbildung: schnelle Variable x, langsame Variable y</translation>
        </message>
        <message>
            <source>x' = r x (1 - x)</source>
            <translation>x' = r x (1 - x)</translation>
        </message>
        <message>
            <source>x' = r x (1 - y), y' = x: a Neimark-Sacker bifurcation at r = 2</source>
            <translation>x' = r x (1 - y), y' = x: eine Neimark-Sacker-Bifurkation bei r = 2</translation>
        </message>
        <message>
            <source>x' = 1 - a x² + y, y' = b x</source>
            <translation>x' = 1 - a x² + y, y' = b x</translation>
        </message>
        <message>
            <source>Hub node 0 coupled to a ring of N-1 nodes (star coupling mu, ring coupling sigma with range R), optionally with triadic coupling sigma2 over triangles</source>
            <translation>Zentralknoten 0, gekoppelt an einen Ring aus N-1 Knoten (Sternkopplung mu, Ringkopplung sigma mit Reichweite R), wahlweise mit triadischer Kopplung sigma2 über Dreiecke</translation>
        </message>
        <message>
            <source>The smallest higher-order ring-star: hub and three ring nodes, the complete graph K4, with pairwise strength sigma1 and triadic strength sigma2</source>
            <translation>Der kleinste Ring-Stern höherer Ordnung: Zentrum und drei Ringknoten, der vollständige Graph K4, mit paarweiser Stärke sigma1 und triadischer Stärke sigma2</translation>
        </message>
        <message>
            <source>An ordered chain of neuron maps of any types with an independent coupling strength in each direction between neighbours</source>
            <translation>Eine geordnete Kette von Neuronenabbildungen beliebiger Typen mit unabhängiger Kopplungsstärke in jeder Richtung zwischen Nachbarn</translation>
        </message>
        <message>
            <source>Kuramoto / Sakaguchi-Kuramoto phase oscillators, an ODE in continuous time</source>
            <translation>Kuramoto-/Sakaguchi-Kuramoto-Phasenoszillatoren, eine gewöhnliche Differentialgleichung in kontinuierlicher Zeit</translation>
        </message>
        <message>
            <source>AKOrN-style unit vectors rotating and synchronising in discrete steps</source>
            <translation>Einheitsvektoren nach AKOrN, die in diskreten Schritten rotieren und sich synchronisieren</translation>
        </message>
        <message>
            <source>Model '%1' of the engine</source>
            <translation>Modell '%1' des Rechenkerns</translation>
        </message>
        <message>
            <source>Oscillators (N)</source>
            <translation>Oszillatoren (N)</translation>
        </message>
        <message>
            <source>Units (N)</source>
            <translation>Einheiten (N)</translation>
        </message>
        <message>
            <source>Nodes (N)</source>
            <translation>Knoten (N)</translation>
        </message>
        <message>
            <source>Ring range (R)</source>
            <translation>Ringreichweite (R)</translation>
        </message>
        <message>
            <source>Unit dimension (n)</source>
            <translation>Einheitsdimension (n)</translation>
        </message>
        <message>
            <source>Node map</source>
            <translation>Knotenabbildung</translation>
        </message>
        <message>
            <source>Node maps</source>
            <translation>Knotenabbildungen</translation>
        </message>
        <message>
            <source>Triangles</source>
            <translation>Dreiecke</translation>
        </message>
        <message>
            <source>Hub normalisation</source>
            <translation>Normierung am Zentrum</translation>
        </message>
        <message>
            <source>Triadic form</source>
            <translation>Triadische Form</translation>
        </message>
        <message>
            <source>Triangle counting</source>
            <translation>Zählung der Dreiecke</translation>
        </message>
        <message>
            <source>Triadic normalisation</source>
            <translation>Triadische Normierung</translation>
        </message>
        <message>
            <source>Coupling</source>
            <translation>Kopplung</translation>
        </message>
        <message>
            <source>Topology</source>
            <translation>Topologie</translation>
        </message>
        <message>
            <source>Edges</source>
            <translation>Kanten</translation>
        </message>
        <message>
            <source>Normalisation</source>
            <translation>Normierung</translation>
        </message>
        <message>
            <source>Frequency law</source>
            <translation>Frequenzverteilung</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Stichprobe</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Startwert</translation>
        </message>
        <message>
            <source>Frequencies</source>
            <translation>Frequenzen</translation>
        </message>
        <message>
            <source>Number of nodes: the hub plus N-1 ring nodes (at least 3)</source>
            <translation>Zahl der Knoten: das Zentrum und N-1 Ringknoten (mindestens 3)</translation>
        </message>
        <message>
            <source>Number of oscillators (at least 2)</source>
            <translation>Zahl der Oszillatoren (mindestens 2)</translation>
        </message>
        <message>
            <source>Number of unit vectors (at least 1)</source>
            <translation>Zahl der Einheitsvektoren (mindestens 1)</translation>
        </message>
        <message>
            <source>Each ring node couples to its R nearest ring neighbours on each side (0 &lt;= 2R &lt;= N-2)</source>
            <translation>Jeder Ringknoten koppelt an seine R nächsten Ringnachbarn auf jeder Seite (0 &lt;= 2R &lt;= N-2)</translation>
        </message>
        <message>
            <source>Topology ring: each oscillator couples to R neighbours on each side (1 &lt;= R, 2R &lt;= N-1)</source>
            <translation>Topologie ring: jeder Oszillator koppelt an R Nachbarn auf jeder Seite (1 &lt;= R, 2R &lt;= N-1)</translation>
        </message>
        <message>
            <source>Dimension of every unit vector (even, at least 2)</source>
            <translation>Dimension jedes Einheitsvektors (gerade, mindestens 2)</translation>
        </message>
        <message>
            <source>Neuron map used at every node of the network</source>
            <translation>Neuronenabbildung an jedem Knoten des Netzwerks</translation>
        </message>
        <message>
            <source>Triangles carrying the triadic coupling sigma2: none, those through the hub, those within the ring, or all</source>
            <translation>Dreiecke mit der triadischen Kopplung sigma2: keine, die durch das Zentrum, die innerhalb des Rings oder alle</translation>
        </message>
        <message>
            <source>Triangles carrying sigma2: all four, the three containing the hub, or only the ring triangle</source>
            <translation>Dreiecke mit sigma2: alle vier, die drei mit dem Zentrum oder nur das Ringdreieck</translation>
        </message>
        <message>
            <source>Star term of the hub: the plain sum over the ring, or divided by the ring size N-1</source>
            <translation>Sternterm des Zentrums: die einfache Summe über den Ring oder geteilt durch die Ringgröße N-1</translation>
        </message>
        <message>
            <source>Triadic coupling g: linear x_j+x_k-2x_i, product x_j x_k-x_i², cubic x_j² x_k-x_i³</source>
            <translation>Triadische Kopplung g: linear x_j+x_k-2x_i, Produkt x_j x_k-x_i², kubisch x_j² x_k-x_i³</translation>
        </message>
        <message>
            <source>Each triangle counted once per node, or once for each ordered pair (j,k) and (k,j)</source>
            <translation>Jedes Dreieck einmal je Knoten zählen oder einmal für jedes geordnete Paar (j,k) und (k,j)</translation>
        </message>
        <message>
            <source>Divide a node's triadic sum by its number of triangles (degree), or not (none)</source>
            <translation>Die triadische Summe eines Knotens durch seine Zahl von Dreiecken teilen (degree) oder nicht (none)</translation>
        </message>
        <message>
            <source>Coupling J_ij: none, J/N between all pairs, or J between ring neighbours</source>
            <translation>Kopplung J_ij: keine, J/N zwischen allen Paaren oder J zwischen Ringnachbarn</translation>
        </message>
        <message>
            <source>Coupling graph: all-to-all (mean field), a ring of range R, or the edge list below</source>
            <translation>Kopplungsgraph: alle mit allen (mittleres Feld), ein Ring der Reichweite R oder die Kantenliste unten</translation>
        </message>
        <message>
            <source>Edges for topology graph, comma-separated: i-j (both ways), i&gt;j (j acts on i), optional :weight, e.g. 0-1,1-2:0.5,3&gt;2</source>
            <translation>Kanten für die Topologie graph, durch Kommas getrennt: i-j (in beide Richtungen), i&gt;j (j wirkt auf i), optional :Gewicht, z. B. 0-1,1-2:0.5,3&gt;2</translation>
        </message>
        <message>
            <source>Divide the coupling sum by N, by the node's degree, or not at all; auto is N for all-to-all and the degree otherwise</source>
            <translation>Die Kopplungssumme durch N, durch den Grad des Knotens oder gar nicht teilen; auto bedeutet N bei alle mit allen und sonst den Grad</translation>
        </message>
        <message>
            <source>Law of the natural frequencies omega_i = omega0 + gamma z_i, or the explicit list below</source>
            <translation>Verteilung der Eigenfrequenzen omega_i = omega0 + gamma z_i oder die explizite Liste unten</translation>
        </message>
        <message>
            <source>Draw the frequencies at random (with the seed) or place them at the quantiles of the law</source>
            <translation>Die Frequenzen zufällig ziehen (mit dem Startwert) oder auf die Quantile der Verteilung legen</translation>
        </message>
        <message>
            <source>Seed of the random frequency draws: the same seed gives the same frequencies</source>
            <translation>Startwert der zufälligen Frequenzziehung: derselbe Startwert ergibt dieselben Frequenzen</translation>
        </message>
        <message>
            <source>Explicit natural frequencies, comma-separated, exactly N values (frequency law explicit)</source>
            <translation>Explizite Eigenfrequenzen, durch Kommas getrennt, genau N Werte (Frequenzverteilung explicit)</translation>
        </message>
        <message>
            <source>Ordered node maps of the chain (at least 2), numbered from 1 in the coupling names; node i couples to nodes i-1 and i+1</source>
            <translation>Geordnete Knotenabbildungen der Kette (mindestens 2), in den Kopplungsnamen ab 1 gezählt; Knoten i koppelt an die Knoten i-1 und i+1</translation>
        </message>
        <message>
            <source>Coupling term of node i from its neighbour j: sigma_ij (x_j - x_i) (diffusive) or sigma_ij x_j (direct); the first index receives: sigma_12 is node 2 acting on node 1</source>
            <translation>Kopplungsterm von Knoten i durch seinen Nachbarn j: sigma_ij (x_j - x_i) (diffusiv) oder sigma_ij x_j (direkt); der erste Index empfängt: sigma_12 ist Knoten 2, der auf Knoten 1 wirkt</translation>
        </message>
        <message>
            <source>%1: node %2 acts on node %3 (nodes numbered from 1; the term %4 is added to %5')</source>
            <translation>%1: Knoten %2 wirkt auf Knoten %3 (Knoten ab 1 gezählt; der Term %4 wird zu %5' addiert)</translation>
        </message>
        <message>
            <source>Linked parameter: sets %1</source>
            <translation>Verknüpfter Parameter: setzt %1</translation>
        </message>
        <message>
            <source>Set by the linked parameter %1</source>
            <translation>Gesetzt vom verknüpften Parameter %1</translation>
        </message>
        <message>
            <source>Your own models</source>
            <translation>Eigene Modelle</translation>
        </message>
        <message>
            <source>Maps and ODEs you type in NeuroDyn's model language</source>
            <translation>Abbildungen und DGLs, die Sie in der Modellsprache von NeuroDyn eingeben</translation>
        </message>
        <message>
            <source>Typed model (equations)</source>
            <translation>Eingegebenes Modell (Gleichungen)</translation>
        </message>
        <message>
            <source>A map or an ODE of your own, typed in the model language (File &gt; New Typed Model)</source>
            <translation>Eine eigene Abbildung oder DGL, in der Modellsprache eingegeben (Datei &gt; Neues eingegebenes Modell)</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>Backend</translation>
        </message>
        <message>
            <source>How a typed model runs: auto compiles it with the system's C++ compiler when there is one, compiled insists on that, interpreter never compiles</source>
            <translation>Wie ein eingegebenes Modell läuft: auto übersetzt es mit dem C++-Compiler des Systems, wenn es einen gibt, compiled besteht darauf, interpreter übersetzt nie</translation>
        </message>
        <message>
            <source>Typed map</source>
            <translation>Typisierte Abbildung</translation>
        </message>
        <message>
            <source>Typed node map</source>
            <translation>Typisierte Knotenabbildung</translation>
        </message>
        <message>
            <source>Typed node coupling</source>
            <translation>Kopplung des typisierten Knotens</translation>
        </message>
        <message>
            <source>The map of the nodes of type typed, in the model language (one statement per line); its parameters appear as t_&lt;name&gt;</source>
            <translation>Die Abbildung der Knoten vom Typ typed in der Modellsprache (eine Anweisung pro Zeile); ihre Parameter erscheinen als t_&lt;Name&gt;</translation>
        </message>
        <message>
            <source>The variable of a typed node through which the coupling acts, as on x of the built-in maps (empty: its first variable)</source>
            <translation>Die Variable eines typisierten Knotens, über die die Kopplung wirkt, wie auf x der eingebauten Abbildungen (leer: seine erste Variable)</translation>
        </message>
        <message>
            <source>AKOrN on an image grid</source>
            <translation>AKOrN auf einem Bildgitter</translation>
        </message>
        <message>
            <source>AKOrN oscillators on a pixel grid with convolutional or attention coupling and a stimulus from a silhouette image</source>
            <translation>AKOrN-Oszillatoren auf einem Pixelgitter mit Faltungs- oder Attention-Kopplung und einem Reiz aus einem Silhouettenbild</translation>
        </message>
        <message>
            <source>Convention</source>
            <translation>Konvention</translation>
        </message>
        <message>
            <source>Projection</source>
            <translation>Projektion</translation>
        </message>
        <message>
            <source>Stimulus normalisation</source>
            <translation>Normierung des Reizes</translation>
        </message>
        <message>
            <source>Silhouette</source>
            <translation>Silhouette</translation>
        </message>
        <message>
            <source>Kernel</source>
            <translation>Kern</translation>
        </message>
        <message>
            <source>Kernel size</source>
            <translation>Kerngröße</translation>
        </message>
        <message>
            <source>official: the rotation of the released AKOrN code, clockwise on each plane; neurodyn-2025: NeuroDyn's first AKOrN, counter-clockwise (studies saved before the setting existed)</source>
            <translation>official: die Rotation des veröffentlichten AKOrN-Codes, im Uhrzeigersinn in jeder Ebene; neurodyn-2025: NeuroDyns erstes AKOrN, gegen den Uhrzeigersinn (Studien, die vor dieser Einstellung gespeichert wurden)</translation>
        </message>
        <message>
            <source>none, or group: the stimulus pattern shifted to mean 0 and scaled to variance 1 over each oscillator group's channels and all positions (GroupNorm), then scaled by c</source>
            <translation>none oder group: Das Reizmuster wird über die Kanäle jeder Oszillatorgruppe und alle Positionen auf Mittelwert 0 verschoben und auf Varianz 1 skaliert (GroupNorm), dann mit c skaliert</translation>
        </message>
        <message>
            <source>Omega layer</source>
            <translation>Omega-Schicht</translation>
        </message>
        <message>
            <source>rotation: the natural term Omega x turns each plane at omega (the paper's); identity: the official code's use_omega=False, whose omega layer is the identity, so each step adds gamma x and omega is unused</source>
            <translation>rotation: der Eigenterm Omega x dreht jede Ebene mit omega (wie im Artikel); identity: use_omega=False des offiziellen Codes, dessen Omega-Schicht die Identität ist, sodass jeder Schritt gamma x addiert und omega unbenutzt bleibt</translation>
        </message>
    </context>
    <context>
        <name>nd::MultifractalView</name>
        <message>
            <source>fit quality R^2</source>
            <translation>Anpassungsgüte R^2</translation>
        </message>
        <message>
            <source>R^2</source>
            <translation>R^2</translation>
        </message>
        <message>
            <source>Generalised Hurst exponent</source>
            <translation>Verallgemeinerter Hurst-Exponent</translation>
        </message>
        <message>
            <source>q</source>
            <translation>q</translation>
        </message>
        <message>
            <source>h(q)</source>
            <translation>h(q)</translation>
        </message>
        <message>
            <source>h(q): slope of ln F_q(s) against ln s, with its standard error; R^2 (right axis) is the quality of each fit</source>
            <translation>h(q): Steigung von ln F_q(s) über ln s mit ihrem Standardfehler; R^2 (rechte Achse) ist die Güte jeder Anpassung</translation>
        </message>
        <message>
            <source>Mass exponent</source>
            <translation>Massenexponent</translation>
        </message>
        <message>
            <source>tau(q)</source>
            <translation>tau(q)</translation>
        </message>
        <message>
            <source>tau(q) = q h(q) - 1 (MFDFA) or the slope of ln Z_q(r) against ln(r/d) (network); a straight line means a monofractal</source>
            <translation>tau(q) = q h(q) - 1 (MFDFA) oder die Steigung von ln Z_q(r) über ln(r/d) (Netzwerk); eine Gerade bedeutet ein Monofraktal</translation>
        </message>
        <message>
            <source>Singularity spectrum</source>
            <translation>Singularitätsspektrum</translation>
        </message>
        <message>
            <source>alpha</source>
            <translation>alpha</translation>
        </message>
        <message>
            <source>f(alpha)</source>
            <translation>f(alpha)</translation>
        </message>
        <message>
            <source>Legendre spectrum: alpha = d tau / d q, f(alpha) = q alpha - tau; its width measures the multifractality</source>
            <translation>Legendre-Spektrum: alpha = d tau / d q, f(alpha) = q alpha - tau; seine Breite misst die Multifraktalität</translation>
        </message>
        <message>
            <source>Fluctuation functions</source>
            <translation>Fluktuationsfunktionen</translation>
        </message>
        <message>
            <source>The log-log points each exponent is fitted to, with the fitted lines; dashed red lines mark scales where segments with zero variance were left out (labelled: left out / all segments)</source>
            <translation>Die doppelt logarithmischen Punkte, an die jeder Exponent angepasst wird, mit den Ausgleichsgeraden; rot gestrichelte Linien markieren Skalen, auf denen Segmente mit Varianz null ausgelassen wurden (beschriftet: ausgelassen / alle Segmente)</translation>
        </message>
        <message>
            <source>ln s (s: segment length in samples)</source>
            <translation>ln s (s: Segmentlänge in Abtastwerten)</translation>
        </message>
        <message>
            <source>ln F_q(s)</source>
            <translation>ln F_q(s)</translation>
        </message>
        <message>
            <source>MFDFA undefined: %1</source>
            <translation>MFDFA undefiniert: %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;MFDFA&lt;/b&gt;: width max(alpha) - min(alpha) = &lt;b&gt;%1&lt;/b&gt;; %2 scales from %3 to %4 samples</source>
            <translation>&lt;b&gt;MFDFA&lt;/b&gt;: Breite max(alpha) - min(alpha) = &lt;b&gt;%1&lt;/b&gt;; %2 Skalen von %3 bis %4 Abtastwerten</translation>
        </message>
        <message>
            <source>Zero-variance segments left out: %1</source>
            <translation>Segmente mit Varianz null ausgelassen: %1</translation>
        </message>
        <message>
            <source>Partition sums</source>
            <translation>Zustandssummen</translation>
        </message>
        <message>
            <source>ln(r / d)</source>
            <translation>ln(r / d)</translation>
        </message>
        <message>
            <source>ln Z_q(r)</source>
            <translation>ln Z_q(r)</translation>
        </message>
        <message>
            <source>Network spectrum undefined: %1</source>
            <translation>Netzwerkspektrum undefiniert: %1</translation>
        </message>
        <message>
            <source>alpha_0 = %1</source>
            <translation>alpha_0 = %1</translation>
        </message>
        <message>
            <source>standard error</source>
            <translation>Standardfehler</translation>
        </message>
        <message>
            <source>q = %1</source>
            <translation>q = %1</translation>
        </message>
        <message>
            <source>Poor power-law fit: R^2 = %1 at q = %2 (below %3). ln Z_q(r) is not a straight line in ln(r/d) over these radii, so tau(q), alpha and f(alpha) are not scaling exponents of this network.</source>
            <translation>Schlechte Potenzgesetz-Anpassung: R^2 = %1 bei q = %2 (unter %3). ln Z_q(r) ist über diese Radien keine Gerade in ln(r/d), daher sind tau(q), alpha und f(alpha) keine Skalenexponenten dieses Netzwerks.</translation>
        </message>
        <message>
            <source>R^2 below the warning threshold at q = %1</source>
            <translation>R^2 unter der Warnschwelle bei q = %1</translation>
        </message>
        <message>
            <source>crossover (two scaling ranges) at q = %1, break near %2 = %3</source>
            <translation>Crossover (zwei Skalierungsbereiche) bei q = %1, Knick nahe %2 = %3</translation>
        </message>
        <message>
            <source>%1 flat segment(s): h(q &lt; 0) reflects the flat stretches</source>
            <translation>%1 flache(s) Segment(e): h(q &lt; 0) spiegelt die flachen Abschnitte wider</translation>
        </message>
        <message>
            <source>Fit warnings: %1</source>
            <translation>Anpassungswarnungen: %1</translation>
        </message>
        <message>
            <source>s</source>
            <translation>s</translation>
        </message>
        <message>
            <source>r</source>
            <translation>r</translation>
        </message>
        <message>
            <source>Distances are d_ij = 1/|w_ij| of each node's own out-edges (one hop).</source>
            <translation>Abstände sind d_ij = 1/|w_ij| der eigenen ausgehenden Kanten jedes Knotens (ein Schritt).</translation>
        </message>
        <message>
            <source>Distances are weighted: d_ij = 1/|w_ij| along shortest paths, w the coupling strength.</source>
            <translation>Abstände sind gewichtet: d_ij = 1/|w_ij| entlang kürzester Wege, w die Kopplungsstärke.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Network spectrum&lt;/b&gt; (%5): alpha_0 = &lt;b&gt;%1&lt;/b&gt;, width = &lt;b&gt;%2&lt;/b&gt;; diameter d = %3, %4 radii</source>
            <translation>&lt;b&gt;Netzwerkspektrum&lt;/b&gt; (%5): alpha_0 = &lt;b&gt;%1&lt;/b&gt;, Breite = &lt;b&gt;%2&lt;/b&gt;; Durchmesser d = %3, %4 Radien</translation>
        </message>
        <message>
            <source>Fit quality: R^2 &gt;= %1 for every q (lowest at q = %2).</source>
            <translation>Anpassungsgüte: R^2 &gt;= %1 für jedes q (am niedrigsten bei q = %2).</translation>
        </message>
        <message>
            <source>The official NeuroMFA code would drop this subnetwork: %1</source>
            <translation>Der offizielle NeuroMFA-Code würde dieses Teilnetz verwerfen: %1</translation>
        </message>
        <message>
            <source>The log-log plot draws %1 of the %2 q values (q = %3); the fits, tau(q) and the CSV use every q.</source>
            <translation>Das doppelt-logarithmische Diagramm zeigt %1 der %2 q-Werte (q = %3); die Anpassungen, tau(q) und die CSV verwenden jedes q.</translation>
        </message>
    </context>
    <context>
        <name>nd::MultiscaleEntropyTask</name>
        <message>
            <source>Multiscale entropy: null distribution</source>
            <translation>Multiskalen-Entropie: Nullverteilung</translation>
        </message>
        <message>
            <source>Complexity index %1</source>
            <translation>Komplexitätsindex %1</translation>
        </message>
        <message>
            <source>Complexity index undefined (a scale is undefined)</source>
            <translation>Komplexitätsindex undefiniert (eine Skala ist undefiniert)</translation>
        </message>
        <message>
            <source>Change multiscale entropy</source>
            <translation>Multiskalen-Entropie ändern</translation>
        </message>
        <message>
            <source>Scales:</source>
            <translation>Skalen:</translation>
        </message>
        <message>
            <source>Scales 1..S of the coarse-graining</source>
            <translation>Skalen 1..S der Vergröberung</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Methode:</translation>
        </message>
        <message>
            <source>Costa: one coarse-grained series per scale; refined composite: the A and B counts of the s shifted coarse-grained series summed (defined at larger scales)</source>
            <translation>Costa: eine grobkörnige Reihe je Skala; verfeinert zusammengesetzt: die Zählungen A und B der s verschobenen grobkörnigen Reihen summiert (auch bei größeren Skalen definiert)</translation>
        </message>
        <message>
            <source>Costa</source>
            <translation>Costa</translation>
        </message>
        <message>
            <source>refined composite</source>
            <translation>verfeinert zusammengesetzt</translation>
        </message>
        <message>
            <source>r from:</source>
            <translation>r aus:</translation>
        </message>
        <message>
            <source>original: r from the original series' standard deviation at every scale (Costa et al.); per scale: from each coarse-grained series</source>
            <translation>Original: r aus der Standardabweichung der Originalreihe auf jeder Skala (Costa et al.); je Skala: aus jeder grobkörnigen Reihe</translation>
        </message>
        <message>
            <source>original series</source>
            <translation>Originalreihe</translation>
        </message>
        <message>
            <source>each scale</source>
            <translation>jeder Skala</translation>
        </message>
        <message>
            <source>Multiscale entropy</source>
            <translation>Multiskalen-Entropie</translation>
        </message>
    </context>
    <context>
        <name>nd::MultiscaleEntropyView</name>
        <message>
            <source>scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <source>sample entropy</source>
            <translation>Stichprobenentropie</translation>
        </message>
        <message>
            <source>series</source>
            <translation>Reihe</translation>
        </message>
        <message>
            <source>undefined scale</source>
            <translation>undefinierte Skala</translation>
        </message>
        <message>
            <source>surrogates: mean</source>
            <translation>Surrogate: Mittelwert</translation>
        </message>
        <message>
            <source>surrogates: mean +- SD</source>
            <translation>Surrogate: Mittelwert +- SD</translation>
        </message>
        <message>
            <source>Multiscale entropy: the sample entropy of the coarse-grained series at each scale s (means of s consecutive samples; refined composite: the A and B counts of the s shifted coarse-grained series summed). White noise falls with the scale, 1/f noise stays roughly level (Costa et al. 2002)</source>
            <translation>Multiskalen-Entropie: die Stichprobenentropie der grobkörnigen Reihe auf jeder Skala s (Mittel von s aufeinanderfolgenden Werten; verfeinert zusammengesetzt: die Zählungen A und B der s verschobenen grobkörnigen Reihen summiert). Weißes Rauschen fällt mit der Skala, 1/f-Rauschen bleibt etwa gleich (Costa et al. 2002)</translation>
        </message>
        <message>
            <source>Multiscale entropy</source>
            <translation>Multiskalen-Entropie</translation>
        </message>
        <message>
            <source>Multiscale entropy (%1, m = %2, r = %3): complexity index %4</source>
            <translation>Multiskalen-Entropie (%1, m = %2, r = %3): Komplexitätsindex %4</translation>
        </message>
        <message>
            <source>Costa</source>
            <translation>Costa</translation>
        </message>
        <message>
            <source>refined composite</source>
            <translation>verfeinert zusammengesetzt</translation>
        </message>
        <message>
            <source>%1 SD</source>
            <translation>%1 SD</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>undefiniert</translation>
        </message>
    </context>
    <context>
        <name>nd::NetworkSpectrumTask</name>
        <message>
            <source>Change network spectrum</source>
            <translation>Netzwerkspektrum ändern</translation>
        </message>
        <message>
            <source>q:</source>
            <translation>q:</translation>
        </message>
        <message>
            <source>Moments q of the partition function, separated by commas or blanks</source>
            <translation>Momente q der Zustandssumme, durch Kommas oder Leerzeichen getrennt</translation>
        </message>
        <message>
            <source>Radii:</source>
            <translation>Radien:</translation>
        </message>
        <message>
            <source>Number of radii r at which the nodes within distance r are counted</source>
            <translation>Anzahl der Radien r, bei denen die Knoten im Abstand r gezählt werden</translation>
        </message>
        <message>
            <source>Network spectrum</source>
            <translation>Netzwerkspektrum</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Methode:</translation>
        </message>
        <message>
            <source>NeuroMFA as its official code (one-hop out-edges), NeuroMFA on shortest paths, the textbook sandbox method, or NeuroDyn's normalised growth (docs/conventions.md)</source>
            <translation>NeuroMFA wie sein offizieller Code (ausgehende Kanten, ein Schritt), NeuroMFA auf kürzesten Wegen, die Sandbox-Methode des Lehrbuchs oder NeuroDyns normiertes Wachstum (docs/conventions.md)</translation>
        </message>
        <message>
            <source>NeuroMFA (code)</source>
            <translation>NeuroMFA (Code)</translation>
        </message>
        <message>
            <source>NeuroMFA (paths)</source>
            <translation>NeuroMFA (Wege)</translation>
        </message>
        <message>
            <source>sandbox</source>
            <translation>Sandbox</translation>
        </message>
        <message>
            <source>normalised growth</source>
            <translation>normiertes Wachstum</translation>
        </message>
        <message>
            <source>d max:</source>
            <translation>d max:</translation>
        </message>
        <message>
            <source>NeuroMFA keeps distances d with 1 &lt; d &lt;= d max (official code: 150)</source>
            <translation>NeuroMFA behält Abstände d mit 1 &lt; d &lt;= d max (offizieller Code: 150)</translation>
        </message>
        <message>
            <source>Edges &gt;</source>
            <translation>Kanten &gt;</translation>
        </message>
        <message>
            <source>NeuroMFA keeps a node with more than this many kept distances (official code: 10)</source>
            <translation>NeuroMFA behält einen Knoten mit mehr als so vielen behaltenen Abständen (offizieller Code: 10)</translation>
        </message>
        <message>
            <source>Decimals:</source>
            <translation>Nachkommastellen:</translation>
        </message>
        <message>
            <source>NeuroMFA rounds distances to this many decimals (official code: 0, integers)</source>
            <translation>NeuroMFA rundet Abstände auf so viele Nachkommastellen (offizieller Code: 0, ganze Zahlen)</translation>
        </message>
        <message>
            <source>Filter:</source>
            <translation>Filter:</translation>
        </message>
        <message>
            <source>Which subnetworks the official code drops (the result says whether this one passes): none, f(alpha) &gt; 0, alpha not largest at the first q, or both</source>
            <translation>Welche Teilnetze der offizielle Code verwirft (das Ergebnis sagt, ob dieses besteht): keine, f(alpha) &gt; 0, alpha beim ersten q nicht am größten, oder beides</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>f &gt; 0</source>
            <translation>f &gt; 0</translation>
        </message>
        <message>
            <source>alpha</source>
            <translation>alpha</translation>
        </message>
        <message>
            <source>both</source>
            <translation>beides</translation>
        </message>
        <message>
            <source>Centres:</source>
            <translation>Zentren:</translation>
        </message>
        <message>
            <source>Sandbox centres drawn by the seed; 0: every node</source>
            <translation>Mit dem Seed gezogene Sandbox-Zentren; 0: jeder Knoten</translation>
        </message>
    </context>
    <context>
        <name>nd::NeuroMfaTask</name>
        <message>
            <source>Change NeuroMFA</source>
            <translation>NeuroMFA ändern</translation>
        </message>
        <message>
            <source>Checkpoints:</source>
            <translation>Checkpoints:</translation>
        </message>
        <message>
            <source>Checkpoint files (.safetensors, .npz, .npy) or folders of them, separated by ';'; the training step is read from each file name (step1000.safetensors). Relative paths are relative to the study file's folder.</source>
            <translation>Checkpoint-Dateien (.safetensors, .npz, .npy) oder Ordner davon, getrennt durch ';'; der Trainingsschritt wird aus jedem Dateinamen gelesen (step1000.safetensors). Relative Pfade gelten relativ zum Ordner der Studiendatei.</translation>
        </message>
        <message>
            <source>Files...</source>
            <translation>Dateien...</translation>
        </message>
        <message>
            <source>Choose checkpoint files</source>
            <translation>Checkpoint-Dateien wählen</translation>
        </message>
        <message>
            <source>Checkpoints</source>
            <translation>Checkpoints</translation>
        </message>
        <message>
            <source>Weight files (*.safetensors *.npz *.npy);;All files (*)</source>
            <translation>Gewichtsdateien (*.safetensors *.npz *.npy);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Folder...</source>
            <translation>Ordner...</translation>
        </message>
        <message>
            <source>Choose a folder of checkpoints</source>
            <translation>Einen Ordner mit Checkpoints wählen</translation>
        </message>
        <message>
            <source>Folder of checkpoints</source>
            <translation>Ordner mit Checkpoints</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Methode:</translation>
        </message>
        <message>
            <source>Spectrum estimator: NeuroMFA as its official code (one-hop out-edges, the default), NeuroMFA on shortest paths, the textbook sandbox method, or NeuroDyn's normalised growth</source>
            <translation>Spektrumschätzer: NeuroMFA wie im offiziellen Code (Ausgangskanten eines Schritts, Vorgabe), NeuroMFA auf kürzesten Wegen, die Sandbox-Methode des Lehrbuchs oder NeuroDyns normiertes Wachstum</translation>
        </message>
        <message>
            <source>NeuroMFA (code)</source>
            <translation>NeuroMFA (Code)</translation>
        </message>
        <message>
            <source>NeuroMFA (paths)</source>
            <translation>NeuroMFA (Wege)</translation>
        </message>
        <message>
            <source>sandbox</source>
            <translation>Sandbox</translation>
        </message>
        <message>
            <source>normalised growth</source>
            <translation>normiertes Wachstum</translation>
        </message>
        <message>
            <source>s:</source>
            <translation>s:</translation>
        </message>
        <message>
            <source>Neurons sampled per layer (the official code: 32, or 64 in 2024)</source>
            <translation>Je Schicht ausgewählte Neuronen (offizieller Code: 32, 2024 auch 64)</translation>
        </message>
        <message>
            <source>R:</source>
            <translation>R:</translation>
        </message>
        <message>
            <source>Subnetworks per checkpoint (seeds first seed, first seed + 1, ...)</source>
            <translation>Teilnetze je Checkpoint (Startwerte erster Startwert, erster Startwert + 1, ...)</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Startwert:</translation>
        </message>
        <message>
            <source>Seed of the first subnetwork; every checkpoint samples the same neurons</source>
            <translation>Startwert des ersten Teilnetzes; jeder Checkpoint wählt dieselben Neuronen</translation>
        </message>
        <message>
            <source>Scores:</source>
            <translation>Ergebnisse:</translation>
        </message>
        <message>
            <source>Optional CSV of benchmark scores: the step first, one column per benchmark; E is drawn against them</source>
            <translation>Optionale CSV mit Benchmark-Ergebnissen: zuerst der Schritt, eine Spalte je Benchmark; E wird gegen sie gezeichnet</translation>
        </message>
        <message>
            <source>Choose...</source>
            <translation>Wählen...</translation>
        </message>
        <message>
            <source>Choose the scores file</source>
            <translation>Die Datei mit den Ergebnissen wählen</translation>
        </message>
        <message>
            <source>Benchmark scores</source>
            <translation>Benchmark-Ergebnisse</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>NeuroMFA</source>
            <translation>NeuroMFA</translation>
        </message>
    </context>
    <context>
        <name>nd::NodeListEdit</name>
        <message>
            <source>Add a node at the end of the chain (same map as the last node)</source>
            <translation>Einen Knoten am Ende der Kette anfügen (dieselbe Abbildung wie der letzte Knoten)</translation>
        </message>
        <message>
            <source>Remove the last node of the chain</source>
            <translation>Den letzten Knoten der Kette entfernen</translation>
        </message>
    </context>
    <context>
        <name>nd::NodeOverridesEditor</name>
        <message>
            <source>Node</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Parameters that single nodes use instead of the shared value</source>
            <translation>Parameter, die einzelne Knoten anstelle des gemeinsamen Werts verwenden</translation>
        </message>
        <message>
            <source>Node whose parameter is set (0 is the hub of a ring-star)</source>
            <translation>Knoten, dessen Parameter gesetzt wird (0 ist das Zentrum eines Ring-Sterns)</translation>
        </message>
        <message>
            <source>Parameter of that node's map</source>
            <translation>Parameter der Abbildung dieses Knotens</translation>
        </message>
        <message>
            <source>Value this node uses instead of the shared one</source>
            <translation>Wert, den dieser Knoten statt des gemeinsamen verwendet</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Setzen</translation>
        </message>
        <message>
            <source>Give the node this value (replaces an override of the same parameter)</source>
            <translation>Dem Knoten diesen Wert geben (ersetzt eine Abweichung desselben Parameters)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected override: the node uses the shared value again</source>
            <translation>Die gewählte Abweichung entfernen: der Knoten verwendet wieder den gemeinsamen Wert</translation>
        </message>
    </context>
    <context>
        <name>nd::NullHistogramView</name>
        <message>
            <source>The measure's scalar on each surrogate (histogram) and on the series (red line); p counts the series among the surrogates, on the stated tail</source>
            <translation>Der Skalar des Maßes auf jedem Surrogat (Histogramm) und auf der Reihe (rote Linie); p zählt die Reihe unter den Surrogaten, auf der angegebenen Seite</translation>
        </message>
        <message>
            <source>No defined value: %1</source>
            <translation>Kein definierter Wert: %1</translation>
        </message>
        <message>
            <source>p = %1 (%2 tail) against %3 of %4 %5 surrogates</source>
            <translation>p = %1 (Seite %2) gegen %3 von %4 %5-Surrogaten</translation>
        </message>
        <message>
            <source>p undefined (%1 tail, %2 %3 surrogates): %4</source>
            <translation>p undefiniert (Seite %1, %2 %3-Surrogate): %4</translation>
        </message>
        <message>
            <source>Surrogate null distribution</source>
            <translation>Nullverteilung der Surrogate</translation>
        </message>
        <message>
            <source>Null distribution of %1: %2</source>
            <translation>Nullverteilung von %1: %2</translation>
        </message>
        <message>
            <source>surrogates</source>
            <translation>Surrogate</translation>
        </message>
        <message>
            <source>observed %1</source>
            <translation>beobachtet %1</translation>
        </message>
    </context>
    <context>
        <name>nd::OrbitDiagramTask</name>
        <message>
            <source>Set %1 from the orbit diagram</source>
            <translation>%1 aus dem Orbitdiagramm setzen</translation>
        </message>
        <message>
            <source>Orbit diagram: the orbit escaped in %1 columns</source>
            <translation>Orbitdiagramm: der Orbit ist in %1 Spalten entwichen</translation>
        </message>
        <message>
            <source>Change orbit diagram</source>
            <translation>Orbitdiagramm ändern</translation>
        </message>
        <message>
            <source>Sweep:</source>
            <translation>Variieren:</translation>
        </message>
        <message>
            <source>Parameter swept along the horizontal axis</source>
            <translation>Entlang der horizontalen Achse variierter Parameter</translation>
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
            <source>Number of parameter values (columns of the raster)</source>
            <translation>Anzahl der Parameterwerte (Spalten des Rasters)</translation>
        </message>
        <message>
            <source>Transient:</source>
            <translation>Einschwingen:</translation>
        </message>
        <message>
            <source>Steps iterated and discarded before sampling each column</source>
            <translation>Vor dem Abtasten jeder Spalte iterierte und verworfene Schritte</translation>
        </message>
        <message>
            <source>Samples:</source>
            <translation>Stichproben:</translation>
        </message>
        <message>
            <source>Values recorded per column</source>
            <translation>Pro Spalte aufgezeichnete Werte</translation>
        </message>
        <message>
            <source>Back to the previous window of the diagram (zoom)</source>
            <translation>Zurück zum vorigen Ausschnitt des Diagramms (Zoom)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Forward to the next window of the diagram (zoom)</source>
            <translation>Weiter zum nächsten Ausschnitt des Diagramms (Zoom)</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Vorwärts</translation>
        </message>
        <message>
            <source>Full Range</source>
            <translation>Ganzer Bereich</translation>
        </message>
        <message>
            <source>Back to the window the study was opened with (for another swept parameter: its whole typical range)</source>
            <translation>Zurück zum Ausschnitt, mit dem die Studie geöffnet wurde (für einen anderen durchlaufenen Parameter: sein ganzer typischer Bereich)</translation>
        </message>
        <message>
            <source>Zoom orbit diagram</source>
            <translation>Orbitdiagramm zoomen</translation>
        </message>
        <message>
            <source>Orbit diagram</source>
            <translation>Orbitdiagramm</translation>
        </message>
        <message>
            <source>State variable whose values are plotted (R: the order parameter)</source>
            <translation>Zustandsvariable, deren Werte dargestellt werden (R: der Ordnungsparameter)</translation>
        </message>
    </context>
    <context>
        <name>nd::OrbitDiagramView</name>
        <message>
            <source>Orbit diagram</source>
            <translation>Orbitdiagramm</translation>
        </message>
        <message>
            <source>density</source>
            <translation>Dichte</translation>
        </message>
        <message>
            <source>Orbit diagram: drag a rectangle to zoom in (right click: back); Ctrl+click sets the swept parameter to the column under the cursor.</source>
            <translation>Orbitdiagramm: Rechteck aufziehen zum Vergrößern (Rechtsklick: zurück); Strg+Klick setzt den variierten Parameter auf die Spalte unter dem Mauszeiger.</translation>
        </message>
        <message>
            <source>%1 = %2, density %3</source>
            <translation>%1 = %2, Dichte %3</translation>
        </message>
        <message>
            <source>%1 the orbit escaped (beyond the escape bound) in %2 of %3 columns</source>
            <translation>%1 der Orbit ist in %2 von %3 Spalten entwichen (jenseits der Fluchtschranke)</translation>
        </message>
        <message>
            <source>the orbit escaped in this column</source>
            <translation>der Orbit ist in dieser Spalte entwichen</translation>
        </message>
    </context>
    <context>
        <name>nd::OrderParameterView</name>
        <message>
            <source>step n</source>
            <translation>Schritt n</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Order parameter R(n)</source>
            <translation>Ordnungsparameter R(n)</translation>
        </message>
        <message>
            <source>R(n), time mean %1</source>
            <translation>R(n), zeitlicher Mittelwert %1</translation>
        </message>
        <message>
            <source>mean R = %1</source>
            <translation>mittleres R = %1</translation>
        </message>
        <message>
            <source>Shown for networks of oscillators (Kuramoto, AKOrN)</source>
            <translation>Wird für Oszillatornetzwerke gezeigt (Kuramoto, AKOrN)</translation>
        </message>
    </context>
    <context>
        <name>nd::ParameterPanel</name>
        <message>
            <source>%1 (valid range %2 to %3)</source>
            <translation>%1 (gültiger Bereich %2 bis %3)</translation>
        </message>
        <message>
            <source>Initial value of %1</source>
            <translation>Anfangswert von %1</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Initial state</source>
            <translation>Anfangszustand</translation>
        </message>
    </context>
    <context>
        <name>nd::ParameterPlaneView</name>
        <message>
            <source>Parameter scan</source>
            <translation>Parameterscan</translation>
        </message>
        <message>
            <source>%1 undefined: %2   %3 escaped: %4</source>
            <translation>%1 undefiniert: %2   %3 entwichen: %4</translation>
        </message>
        <message>
            <source>not computed yet: %1</source>
            <translation>noch nicht berechnet: %1</translation>
        </message>
        <message>
            <source>%1
%2 = %3</source>
            <translation>%1
%2 = %3</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>%1
undefined: %2</source>
            <translation>%1
undefiniert: %2</translation>
        </message>
        <message>
            <source>%1
escaped: %2</source>
            <translation>%1
entwichen: %2</translation>
        </message>
        <message>
            <source>%1
not computed yet</source>
            <translation>%1
noch nicht berechnet</translation>
        </message>
        <message>
            <source>Parameter scan: each cell is one run of the model at those parameter values. Light grey: undefined; dark grey: the orbit escaped; blank: not computed yet. Click a cell to use its parameter values; the dashed lines mark the current ones. Right click: colour range.</source>
            <translation>Parameterscan: Jede Zelle ist ein Lauf des Modells bei diesen Parameterwerten. Hellgrau: undefiniert; dunkelgrau: der Orbit ist entwichen; leer: noch nicht berechnet. Ein Klick auf eine Zelle übernimmt ihre Parameterwerte; die gestrichelten Linien markieren die aktuellen. Rechtsklick: Farbbereich.</translation>
        </message>
        <message>
            <source>outside the colour range (end colours): %1</source>
            <translation>außerhalb des Farbbereichs (Randfarben): %1</translation>
        </message>
        <message>
            <source>Set colour range...</source>
            <translation>Farbbereich festlegen …</translation>
        </message>
        <message>
            <source>Automatic colour range (1st to 99th percentile)</source>
            <translation>Automatischer Farbbereich (1. bis 99. Perzentil)</translation>
        </message>
        <message>
            <source>Colour range</source>
            <translation>Farbbereich</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
    </context>
    <context>
        <name>nd::ParameterScanTask</name>
        <message>
            <source>Set %1 from the parameter plane</source>
            <translation>%1 aus der Parameterebene setzen</translation>
        </message>
        <message>
            <source>Set %1 and %2 from the parameter plane</source>
            <translation>%1 und %2 aus der Parameterebene setzen</translation>
        </message>
        <message>
            <source>largest Lyapunov exponent</source>
            <translation>größter Lyapunov-Exponent</translation>
        </message>
        <message>
            <source>period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>escape</source>
            <translation>Entweichen</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>spike rate</source>
            <translation>Spike-Rate</translation>
        </message>
        <message>
            <source>0-1 test K</source>
            <translation>0-1-Test K</translation>
        </message>
        <message>
            <source>sample entropy</source>
            <translation>Stichprobenentropie</translation>
        </message>
        <message>
            <source>Change parameter scan</source>
            <translation>Parameterscan ändern</translation>
        </message>
        <message>
            <source>Measure:</source>
            <translation>Messgröße:</translation>
        </message>
        <message>
            <source>The quantity computed at every point of the scan</source>
            <translation>Die Größe, die an jedem Punkt des Scans berechnet wird</translation>
        </message>
        <message>
            <source>of:</source>
            <translation>von:</translation>
        </message>
        <message>
            <source>The variable the measure reads (node measures: the per-node variable)</source>
            <translation>Die Variable, die die Messgröße liest (Knotenmaße: die Variable je Knoten)</translation>
        </message>
        <message>
            <source>x:</source>
            <translation>x:</translation>
        </message>
        <message>
            <source>Parameter on the horizontal axis</source>
            <translation>Parameter auf der waagerechten Achse</translation>
        </message>
        <message>
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <source>First value of the horizontal parameter</source>
            <translation>Erster Wert des waagerechten Parameters</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Last value of the horizontal parameter</source>
            <translation>Letzter Wert des waagerechten Parameters</translation>
        </message>
        <message>
            <source>cells</source>
            <translation>Zellen</translation>
        </message>
        <message>
            <source>Number of values along the horizontal axis</source>
            <translation>Anzahl der Werte entlang der waagerechten Achse</translation>
        </message>
        <message>
            <source>2-D</source>
            <translation>2-D</translation>
        </message>
        <message>
            <source>Scan a second parameter on the vertical axis (a grid instead of a line)</source>
            <translation>Einen zweiten Parameter auf der senkrechten Achse scannen (ein Gitter statt einer Linie)</translation>
        </message>
        <message>
            <source>y:</source>
            <translation>y:</translation>
        </message>
        <message>
            <source>Parameter on the vertical axis</source>
            <translation>Parameter auf der senkrechten Achse</translation>
        </message>
        <message>
            <source>First value of the vertical parameter</source>
            <translation>Erster Wert des senkrechten Parameters</translation>
        </message>
        <message>
            <source>Last value of the vertical parameter</source>
            <translation>Letzter Wert des senkrechten Parameters</translation>
        </message>
        <message>
            <source>Number of values along the vertical axis</source>
            <translation>Anzahl der Werte entlang der senkrechten Achse</translation>
        </message>
        <message>
            <source>Transient:</source>
            <translation>Einschwingen:</translation>
        </message>
        <message>
            <source>Iterations discarded at every point before measuring</source>
            <translation>Iterationen, die an jedem Punkt vor dem Messen verworfen werden</translation>
        </message>
        <message>
            <source>Steps:</source>
            <translation>Schritte:</translation>
        </message>
        <message>
            <source>Iterations measured at every point</source>
            <translation>Iterationen, die an jedem Punkt gemessen werden</translation>
        </message>
        <message>
            <source>Parameter plane</source>
            <translation>Parameterebene</translation>
        </message>
        <message>
            <source>cross-correlation</source>
            <translation>Kreuzkorrelation</translation>
        </message>
        <message>
            <source>Kuramoto R</source>
            <translation>Kuramoto-R</translation>
        </message>
        <message>
            <source>cross-correlation (%1)</source>
            <translation>Kreuzkorrelation (%1)</translation>
        </message>
        <message>
            <source>Kuramoto R (%1 phases)</source>
            <translation>Kuramoto-R (%1-Phasen)</translation>
        </message>
        <message>
            <source>correlation:</source>
            <translation>Korrelation:</translation>
        </message>
        <message>
            <source>Cross-correlation: the mean of the hub's correlations with every other node, the mean over all pairs, or the mean over the ring's neighbouring pairs</source>
            <translation>Kreuzkorrelation: der Mittelwert der Korrelationen der Nabe mit jedem anderen Knoten, der Mittelwert über alle Paare oder der Mittelwert über die benachbarten Paare des Rings</translation>
        </message>
        <message>
            <source>hub</source>
            <translation>Nabe</translation>
        </message>
        <message>
            <source>all pairs</source>
            <translation>alle Paare</translation>
        </message>
        <message>
            <source>ring neighbours</source>
            <translation>Ringnachbarn</translation>
        </message>
        <message>
            <source>hub:</source>
            <translation>Nabe:</translation>
        </message>
        <message>
            <source>Cross-correlation: the hub node (from 0)</source>
            <translation>Kreuzkorrelation: der Nabenknoten (ab 0)</translation>
        </message>
        <message>
            <source>phases:</source>
            <translation>Phasen:</translation>
        </message>
        <message>
            <source>Kuramoto R: phases from spike times, the angle of (x, y) about their means (centred), atan2(y, x) (arctan), the analytic signal of x (Hilbert), or the variable itself (phase oscillators only)</source>
            <translation>Kuramoto-R: Phasen aus Spike-Zeiten, Winkel von (x, y) um ihre Mittelwerte (zentriert), atan2(y, x) (Arkustangens), analytisches Signal von x (Hilbert) oder die Variable selbst (nur Phasenoszillatoren)</translation>
        </message>
        <message>
            <source>spike</source>
            <translation>Spike</translation>
        </message>
        <message>
            <source>centred</source>
            <translation>zentriert</translation>
        </message>
        <message>
            <source>arctan</source>
            <translation>Arkustangens</translation>
        </message>
        <message>
            <source>Hilbert</source>
            <translation>Hilbert</translation>
        </message>
        <message>
            <source>given</source>
            <translation>gegeben</translation>
        </message>
        <message>
            <source>Kuramoto R with centred or arctan phases: the second per-node variable</source>
            <translation>Kuramoto-R mit zentrierten oder Arkustangens-Phasen: die zweite Knotenvariable</translation>
        </message>
        <message>
            <source>Change colour range</source>
            <translation>Farbbereich ändern</translation>
        </message>
    </context>
    <context>
        <name>nd::PermutationEntropyTask</name>
        <message>
            <source>Permutation entropy: null distribution</source>
            <translation>Permutationsentropie: Nullverteilung</translation>
        </message>
        <message>
            <source>Permutation entropy %1</source>
            <translation>Permutationsentropie %1</translation>
        </message>
        <message>
            <source>Permutation entropy undefined: %1</source>
            <translation>Permutationsentropie undefiniert: %1</translation>
        </message>
        <message>
            <source>Change permutation entropy</source>
            <translation>Permutationsentropie ändern</translation>
        </message>
        <message>
            <source>Order d of the ordinal patterns (d! patterns)</source>
            <translation>Ordnung d der Ordinalmuster (d! Muster)</translation>
        </message>
        <message>
            <source>Delay tau between a pattern's samples</source>
            <translation>Verzögerung tau zwischen den Werten eines Musters</translation>
        </message>
        <message>
            <source>Weighted</source>
            <translation>Gewichtet</translation>
        </message>
        <message>
            <source>Each window counts with the variance of its values (Fadlallah et al. 2013), so small fluctuations weigh less</source>
            <translation>Jedes Fenster zählt mit der Varianz seiner Werte (Fadlallah et al. 2013), sodass kleine Schwankungen weniger wiegen</translation>
        </message>
        <message>
            <source>Normalised</source>
            <translation>Normiert</translation>
        </message>
        <message>
            <source>Divide by ln d!, the entropy of all patterns equally likely (0 to 1)</source>
            <translation>Durch ln d! teilen, die Entropie gleich wahrscheinlicher Muster (0 bis 1)</translation>
        </message>
        <message>
            <source>Permutation entropy</source>
            <translation>Permutationsentropie</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordnung</translation>
        </message>
        <message>
            <source>Delay</source>
            <translation>Verzögerung</translation>
        </message>
    </context>
    <context>
        <name>nd::PhaseCircleView</name>
        <message>
            <source>Phases on the unit circle</source>
            <translation>Phasen auf dem Einheitskreis</translation>
        </message>
        <message>
            <source>Phases at step %1, R = %2</source>
            <translation>Phasen bei Schritt %1, R = %2</translation>
        </message>
        <message>
            <source>Shown for networks of oscillators (Kuramoto, AKOrN)</source>
            <translation>Wird für Oszillatornetzwerke gezeigt (Kuramoto, AKOrN)</translation>
        </message>
    </context>
    <context>
        <name>nd::PhasePortraitView</name>
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
        <message>
            <source>%1 wrapped to (−π, π]</source>
            <translation>%1 auf (−π, π] gefaltet</translation>
        </message>
    </context>
    <context>
        <name>nd::PhaseSettingsBar</name>
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
        <name>nd::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>Language of the user interface; applies as soon as you press OK</source>
            <translation>Sprache der Benutzeroberfläche; gilt, sobald Sie OK drücken</translation>
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
        <message>
            <source>Colour map of parameter planes and space-time plots, and of orbit diagrams drawn bright on black</source>
            <translation>Farbskala von Parameterebenen und Raum-Zeit-Diagrammen sowie von Orbitdiagrammen, die hell auf Schwarz gezeichnet werden</translation>
        </message>
        <message>
            <source>How orbit diagrams are drawn: either way the densest bins (periodic orbits, fixed points) stand out most against the background</source>
            <translation>Wie Orbitdiagramme gezeichnet werden: in beiden Fällen heben sich die dichtesten Klassen (periodische Orbits, Fixpunkte) am stärksten vom Hintergrund ab</translation>
        </message>
        <message>
            <source>&amp;Orbit diagrams:</source>
            <translation>&amp;Orbitdiagramme:</translation>
        </message>
    </context>
    <context>
        <name>nd::RangeSpinBox</name>
        <message>
            <source>%1 is outside the valid range %2 to %3: set to %4</source>
            <translation>%1 liegt außerhalb des gültigen Bereichs %2 bis %3: auf %4 gesetzt</translation>
        </message>
    </context>
    <context>
        <name>nd::RecurrencePlotView</name>
        <message>
            <source>Recurrence plot</source>
            <translation>Rekurrenzplot</translation>
        </message>
        <message>
            <source>i (embedded vector)</source>
            <translation>i (eingebetteter Vektor)</translation>
        </message>
        <message>
            <source>j (embedded vector)</source>
            <translation>j (eingebetteter Vektor)</translation>
        </message>
        <message>
            <source>recurrent fraction</source>
            <translation>Anteil der Rekurrenzen</translation>
        </message>
        <message>
            <source>Recurrence plot: a dark cell where the states at times i and j are within eps of each other; large matrices are drawn in blocks, each shaded by its fraction of recurrences.</source>
            <translation>Rekurrenzplot: eine dunkle Zelle, wo die Zustände zu den Zeiten i und j höchstens eps voneinander entfernt sind; große Matrizen werden in Blöcken gezeichnet, jeder nach seinem Anteil an Rekurrenzen schattiert.</translation>
        </message>
    </context>
    <context>
        <name>nd::RqaPanel</name>
        <message>
            <source>undefined</source>
            <translation>undefiniert</translation>
        </message>
        <message>
            <source>given</source>
            <translation>gegeben</translation>
        </message>
        <message>
            <source>No embedding: %1</source>
            <translation>Keine Einbettung: %1</translation>
        </message>
        <message>
            <source>m = %1 (%2), tau = %3 (%4)</source>
            <translation>m = %1 (%2), tau = %3 (%4)</translation>
        </message>
        <message>
            <source>Windowed RQA: %1 windows, %2</source>
            <translation>Gefensterte RQA: %1 Fenster, %2</translation>
        </message>
        <message>
            <source>Recurrence plot, %1</source>
            <translation>Rekurrenzplot, %1</translation>
        </message>
        <message>
            <source>RR = %1, DET = %2, L_max = %3, L_mean = %4, ENTR = %5, LAM = %6, TT = %7 (eps = %8; %9)</source>
            <translation>RR = %1, DET = %2, L_max = %3, L_mean = %4, ENTR = %5, LAM = %6, TT = %7 (eps = %8; %9)</translation>
        </message>
    </context>
    <context>
        <name>nd::RqaTask</name>
        <message>
            <source>Windowed RQA</source>
            <translation>Gefensterte RQA</translation>
        </message>
        <message>
            <source>RQA: null distribution</source>
            <translation>RQA: Nullverteilung</translation>
        </message>
        <message>
            <source>Change recurrence quantification</source>
            <translation>Rekurrenzquantifizierung ändern</translation>
        </message>
        <message>
            <source>Embedding dimension</source>
            <translation>Einbettungsdimension</translation>
        </message>
        <message>
            <source>Embedding delay in samples</source>
            <translation>Einbettungsverzögerung in Abtastwerten</translation>
        </message>
        <message>
            <source>eps:</source>
            <translation>eps:</translation>
        </message>
        <message>
            <source>Threshold: a distance, a fraction of the standard deviation or a recurrence rate</source>
            <translation>Schwelle: ein Abstand, ein Anteil der Standardabweichung oder eine Rekurrenzrate</translation>
        </message>
        <message>
            <source>eps is:</source>
            <translation>eps ist:</translation>
        </message>
        <message>
            <source>How eps is read: an absolute distance, a fraction of the SD, or a recurrence rate</source>
            <translation>Wie eps gelesen wird: als absoluter Abstand, als Anteil der Standardabweichung oder als Rekurrenzrate</translation>
        </message>
        <message>
            <source>absolute</source>
            <translation>absolut</translation>
        </message>
        <message>
            <source>fraction of SD</source>
            <translation>Bruchteil der SD</translation>
        </message>
        <message>
            <source>recurrence rate</source>
            <translation>Rekurrenzrate</translation>
        </message>
        <message>
            <source>Norm:</source>
            <translation>Norm:</translation>
        </message>
        <message>
            <source>Distance between embedded vectors</source>
            <translation>Abstand zwischen eingebetteten Vektoren</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>Euclidean</source>
            <translation>euklidisch</translation>
        </message>
        <message>
            <source>Theiler:</source>
            <translation>Theiler:</translation>
        </message>
        <message>
            <source>Pairs closer in time than this are left out (1: the main diagonal only)</source>
            <translation>Paare, die zeitlich näher liegen, werden ausgelassen (1: nur die Hauptdiagonale)</translation>
        </message>
        <message>
            <source>l_min:</source>
            <translation>l_min:</translation>
        </message>
        <message>
            <source>Shortest diagonal line DET, L_mean and ENTR count</source>
            <translation>Kürzeste Diagonallinie, die DET, L_mean und ENTR zählen</translation>
        </message>
        <message>
            <source>v_min:</source>
            <translation>v_min:</translation>
        </message>
        <message>
            <source>Shortest vertical line LAM and TT count</source>
            <translation>Kürzeste senkrechte Linie, die LAM und TT zählen</translation>
        </message>
        <message>
            <source>Window:</source>
            <translation>Fenster:</translation>
        </message>
        <message>
            <source>Samples per window of the windowed RQA (0: the whole series, with its plot)</source>
            <translation>Abtastwerte je Fenster der gefensterten RQA (0: die ganze Reihe, mit ihrem Plot)</translation>
        </message>
        <message>
            <source>Step:</source>
            <translation>Schritt:</translation>
        </message>
        <message>
            <source>Samples between window starts (0: the window)</source>
            <translation>Abtastwerte zwischen Fensteranfängen (0: das Fenster)</translation>
        </message>
        <message>
            <source>Recurrence quantification</source>
            <translation>Rekurrenzquantifizierung</translation>
        </message>
        <message>
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <source>tau</source>
            <translation>tau</translation>
        </message>
    </context>
    <context>
        <name>nd::SampleEntropyTask</name>
        <message>
            <source>Change sample entropy</source>
            <translation>Stichprobenentropie ändern</translation>
        </message>
        <message>
            <source>Template length</source>
            <translation>Musterlänge</translation>
        </message>
        <message>
            <source>r:</source>
            <translation>r:</translation>
        </message>
        <message>
            <source>Tolerance: absolute, or a fraction of the standard deviation</source>
            <translation>Toleranz: absolut oder ein Bruchteil der Standardabweichung</translation>
        </message>
        <message>
            <source>r is:</source>
            <translation>r ist:</translation>
        </message>
        <message>
            <source>Whether r is an absolute distance or a fraction of the standard deviation</source>
            <translation>Ob r ein absoluter Abstand oder ein Bruchteil der Standardabweichung ist</translation>
        </message>
        <message>
            <source>absolute</source>
            <translation>absolut</translation>
        </message>
        <message>
            <source>fraction of SD</source>
            <translation>Bruchteil der SD</translation>
        </message>
        <message>
            <source>Match:</source>
            <translation>Treffer:</translation>
        </message>
        <message>
            <source>Templates match when their Chebyshev distance is &lt;= r or &lt; r</source>
            <translation>Muster stimmen überein, wenn ihr Tschebyschow-Abstand &lt;= r oder &lt; r ist</translation>
        </message>
        <message>
            <source>&lt;= r</source>
            <translation>&lt;= r</translation>
        </message>
        <message>
            <source>&lt; r</source>
            <translation>&lt; r</translation>
        </message>
        <message>
            <source>Delay between the samples of a template</source>
            <translation>Abstand zwischen den Stichproben eines Musters</translation>
        </message>
        <message>
            <source>Sample entropy</source>
            <translation>Stichprobenentropie</translation>
        </message>
        <message>
            <source>Sample entropy: null distribution</source>
            <translation>Stichprobenentropie: Nullverteilung</translation>
        </message>
        <message>
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <source>Lag</source>
            <translation>Verzögerung</translation>
        </message>
    </context>
    <context>
        <name>nd::SampleEntropyView</name>
        <message>
            <source>Sample entropy</source>
            <translation>Stichprobenentropie</translation>
        </message>
        <message>
            <source>Sample entropy SampEn = -ln(A/B): B counts pairs of length-m templates within r of each other (Chebyshev distance), A the same for length m + 1, self-matches excluded</source>
            <translation>Stichprobenentropie SampEn = -ln(A/B): B zählt Paare von Vorlagen der Länge m, die höchstens r voneinander entfernt sind (Tschebyschow-Abstand), A dasselbe für Länge m + 1, ohne Selbsttreffer</translation>
        </message>
        <message>
            <source>undefined: %1</source>
            <translation>undefiniert: %1</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>A (matching pairs of length m + 1)</source>
            <translation>A (übereinstimmende Paare der Länge m + 1)</translation>
        </message>
        <message>
            <source>B (matching pairs of length m)</source>
            <translation>B (übereinstimmende Paare der Länge m)</translation>
        </message>
        <message>
            <source>Template length m</source>
            <translation>Vorlagenlänge m</translation>
        </message>
        <message>
            <source>Lag</source>
            <translation>Verzögerung</translation>
        </message>
        <message>
            <source>Tolerance r as given</source>
            <translation>Toleranz r wie angegeben</translation>
        </message>
        <message>
            <source>%1 x standard deviation</source>
            <translation>%1 x Standardabweichung</translation>
        </message>
        <message>
            <source>%1 (absolute)</source>
            <translation>%1 (absolut)</translation>
        </message>
        <message>
            <source>Tolerance kind</source>
            <translation>Art der Toleranz</translation>
        </message>
        <message>
            <source>fraction of the standard deviation</source>
            <translation>Anteil der Standardabweichung</translation>
        </message>
        <message>
            <source>absolute</source>
            <translation>absolut</translation>
        </message>
        <message>
            <source>Tolerance r applied (absolute)</source>
            <translation>Angewandte Toleranz r (absolut)</translation>
        </message>
        <message>
            <source>Standard deviation of the series</source>
            <translation>Standardabweichung der Reihe</translation>
        </message>
        <message>
            <source>ddof (divisor N - ddof)</source>
            <translation>ddof (Divisor N - ddof)</translation>
        </message>
        <message>
            <source>Match rule</source>
            <translation>Übereinstimmungsregel</translation>
        </message>
        <message>
            <source>|x_i - x_j| &lt;= r</source>
            <translation>|x_i - x_j| &lt;= r</translation>
        </message>
        <message>
            <source>|x_i - x_j| &lt; r</source>
            <translation>|x_i - x_j| &lt; r</translation>
        </message>
        <message>
            <source>Template count</source>
            <translation>Vorlagenzählung</translation>
        </message>
        <message>
            <source>shared starts: A and B over the same N - m lag templates</source>
            <translation>gemeinsame Anfänge: A und B über dieselben N - m lag Vorlagen</translation>
        </message>
        <message>
            <source>all templates: B over N - (m - 1) lag, A over N - m lag</source>
            <translation>alle Vorlagen: B über N - (m - 1) lag, A über N - m lag</translation>
        </message>
        <message>
            <source>Templates counted for A</source>
            <translation>Für A gezählte Vorlagen</translation>
        </message>
        <message>
            <source>Templates counted for B</source>
            <translation>Für B gezählte Vorlagen</translation>
        </message>
        <message>
            <source>%1 (chosen by %2)</source>
            <translation>%1 (gewählt durch %2)</translation>
        </message>
        <message>
            <source>Chosen from the series</source>
            <translation>Aus der Reihe gewählt</translation>
        </message>
    </context>
    <context>
        <name>nd::SettingsBar</name>
        <message>
            <source>'%1' is not a valid value here</source>
            <translation>'%1' ist hier kein gültiger Wert</translation>
        </message>
        <message>
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Variable:</source>
            <translation>Variable:</translation>
        </message>
        <message>
            <source>State variable whose time series is measured</source>
            <translation>Zustandsvariable, deren Zeitreihe gemessen wird</translation>
        </message>
    </context>
    <context>
        <name>nd::SettingsForm</name>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <source>Note: with the linear form the triadic term is pairwise coupling in disguise: summed over the triangles at a node, sigma2 (x_j + x_k - 2 x_i) adds sigma2 times the number of triangles two nodes share to their pairwise weight (in K4 with all triangles: sigma1 + 2 sigma2), whatever the nodes. The product and cubic forms are higher-order coupling.</source>
            <translation>Hinweis: In der linearen Form ist der triadische Term verkappte paarweise Kopplung: Über die Dreiecke eines Knotens summiert, fügt sigma2 (x_j + x_k - 2 x_i) dem paarweisen Gewicht zweier Knoten sigma2 mal die Zahl ihrer gemeinsamen Dreiecke hinzu (in K4 mit allen Dreiecken: sigma1 + 2 sigma2), unabhängig von den Knoten. Die Produkt- und die kubische Form sind Kopplungen höherer Ordnung.</translation>
        </message>
    </context>
    <context>
        <name>nd::SimulationBar</name>
        <message>
            <source>Change simulation</source>
            <translation>Simulation ändern</translation>
        </message>
        <message>
            <source>Samples:</source>
            <translation>Stichproben:</translation>
        </message>
        <message>
            <source>States recorded for the time series, the phase portrait and the measures of the series (0-1 test, sample entropy, MFDFA)</source>
            <translation>Aufgezeichnete Zustände für die Zeitreihe, das Phasenporträt und die Maße der Reihe (0-1-Test, Stichprobenentropie, MFDFA)</translation>
        </message>
        <message>
            <source>Transient:</source>
            <translation>Einschwingen:</translation>
        </message>
        <message>
            <source>Steps iterated and discarded before the first recorded state</source>
            <translation>Schritte, die vor dem ersten aufgezeichneten Zustand iteriert und verworfen werden</translation>
        </message>
        <message>
            <source>Stride:</source>
            <translation>Schrittweite:</translation>
        </message>
        <message>
            <source>Steps between two recorded states: k records every k-th step (subsamples the series)</source>
            <translation>Schritte zwischen zwei aufgezeichneten Zuständen: k zeichnet jeden k-ten Schritt auf (dünnt die Reihe aus)</translation>
        </message>
    </context>
    <context>
        <name>nd::SpaceTimeView</name>
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
        <message>
            <source>sin(phase)</source>
            <translation>sin(Phase)</translation>
        </message>
    </context>
    <context>
        <name>nd::SpecialPointsTable</name>
        <message>
            <source>Fold: quadratic coefficient a of xi -&gt; xi + beta + a xi^2, with beta growing with the parameter; a &gt; 0: the two cycles exist below the fold, a &lt; 0: above it</source>
            <translation>Falte: quadratischer Koeffizient a von xi -&gt; xi + beta + a xi^2, wobei beta mit dem Parameter wächst; a &gt; 0: die beiden Zyklen existieren unterhalb der Falte, a &lt; 0: oberhalb</translation>
        </message>
        <message>
            <source>Flip: cubic coefficient c of xi -&gt; -xi + c xi^3; c &gt; 0: supercritical, c &lt; 0: subcritical</source>
            <translation>Flip: kubischer Koeffizient c von xi -&gt; -xi + c xi^3; c &gt; 0: superkritisch, c &lt; 0: subkritisch</translation>
        </message>
        <message>
            <source>Neimark-Sacker: first Lyapunov coefficient Re d of xi -&gt; e^(i theta) xi (1 + d |xi|^2); Re d &lt; 0: supercritical, Re d &gt; 0: subcritical</source>
            <translation>Neimark-Sacker: erster Ljapunow-Koeffizient Re d von xi -&gt; e^(i theta) xi (1 + d |xi|^2); Re d &lt; 0: superkritisch, Re d &gt; 0: subkritisch</translation>
        </message>
        <message>
            <source>coefficient undefined: %1</source>
            <translation>Koeffizient undefiniert: %1</translation>
        </message>
        <message>
            <source>|coefficient| below the tolerance: a codimension-2 point nearby</source>
            <translation>|Koeffizient| unter der Toleranz: ein Punkt der Kodimension 2 in der Nähe</translation>
        </message>
        <message>
            <source>near the strong resonance 1:%1: the coefficient alone does not decide</source>
            <translation>nahe der starken Resonanz 1:%1: der Koeffizient allein entscheidet nicht</translation>
        </message>
        <message>
            <source>Special points of the continuation: for fold (LP), flip (PD) and Neimark-Sacker (NS) points of branches, the normal-form coefficient and whether the bifurcation is super- or subcritical</source>
            <translation>Besondere Punkte der Fortsetzung: für Falten- (LP), Flip- (PD) und Neimark-Sacker-Punkte (NS) von Zweigen der Normalform-Koeffizient und ob die Bifurkation super- oder subkritisch ist</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Zweig</translation>
        </message>
        <message>
            <source>The branch or curve the point lies on, as listed above the plots</source>
            <translation>Der Zweig oder die Kurve, auf dem bzw. der der Punkt liegt, wie über den Diagrammen aufgeführt</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>LP fold, PD flip, NS Neimark-Sacker, BP branch point; on curves the codimension-2 points</source>
            <translation>LP Falte, PD Flip, NS Neimark-Sacker, BP Verzweigungspunkt; auf Kurven die Punkte der Kodimension 2</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Where the point was located</source>
            <translation>Wo der Punkt lokalisiert wurde</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Befund</translation>
        </message>
        <message>
            <source>From the sign of the normal-form coefficient: supercritical (a small attracting cycle of twice the period or invariant circle appears where the cycle loses stability), subcritical (past the point nothing small attracts: orbits leave); a fold is nondegenerate or degenerate (cusp?); degenerate when |coefficient| is below 1e-5 of the sum of its terms' magnitudes or below 1e-6</source>
            <translation>Aus dem Vorzeichen des Normalform-Koeffizienten: superkritisch (ein kleiner anziehender Zyklus doppelter Periode oder invarianter Kreis entsteht, wo der Zyklus seine Stabilität verliert), subkritisch (jenseits des Punkts zieht nichts Kleines an: Orbits laufen davon); eine Falte ist nichtentartet oder entartet (Spitze?); entartet, wenn |Koeffizient| unter 1e-5 der Summe der Beträge seiner Terme oder unter 1e-6 liegt</translation>
        </message>
        <message>
            <source>Coefficient</source>
            <translation>Koeffizient</translation>
        </message>
        <message>
            <source>The normal-form coefficient on the centre manifold (|q| = 1, p.q = 1): fold a, flip c, Neimark-Sacker first Lyapunov coefficient Re d; the cell's tooltip states the sign convention</source>
            <translation>Der Normalform-Koeffizient auf der Zentrumsmannigfaltigkeit (|q| = 1, p.q = 1): Falte a, Flip c, Neimark-Sacker erster Ljapunow-Koeffizient Re d; der Tooltip der Zelle nennt die Vorzeichenkonvention</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Why a coefficient is undefined or degenerate; Neimark-Sacker points within 0.01 rad of a strong resonance 1:1 to 1:4, where the coefficient alone does not decide</source>
            <translation>Warum ein Koeffizient undefiniert oder entartet ist; Neimark-Sacker-Punkte innerhalb von 0,01 rad einer starken Resonanz 1:1 bis 1:4, wo der Koeffizient allein nicht entscheidet</translation>
        </message>
    </context>
    <context>
        <name>nd::StudyDocument</name>
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
        <message>
            <source>the initial state needs %1 values, not %2</source>
            <translation>der Anfangszustand braucht %1 Werte, nicht %2</translation>
        </message>
    </context>
    <context>
        <name>nd::SynchronyTask</name>
        <message>
            <source>Synchronisation: no order parameter (%1)</source>
            <translation>Synchronisation: kein Ordnungsparameter (%1)</translation>
        </message>
        <message>
            <source>Change synchronisation</source>
            <translation>Synchronisation ändern</translation>
        </message>
        <message>
            <source>Variable:</source>
            <translation>Variable:</translation>
        </message>
        <message>
            <source>Per-node variable whose node copies are compared (x: x0, x1, ...)</source>
            <translation>Variable je Knoten, deren Kopien verglichen werden (x: x0, x1, …)</translation>
        </message>
        <message>
            <source>Phases:</source>
            <translation>Phasen:</translation>
        </message>
        <message>
            <source>given</source>
            <translation>gegeben</translation>
        </message>
        <message>
            <source>Threshold:</source>
            <translation>Schwelle:</translation>
        </message>
        <message>
            <source>Spike phases: a spike is an upward crossing of this value</source>
            <translation>Spike-Phasen: ein Spike ist ein Überschreiten dieses Werts nach oben</translation>
        </message>
        <message>
            <source>y:</source>
            <translation>y:</translation>
        </message>
        <message>
            <source>Hub:</source>
            <translation>Zentrum:</translation>
        </message>
        <message>
            <source>Node (from 0) every other node's correlation is taken against</source>
            <translation>Knoten (ab 0), gegen den die Korrelation jedes anderen Knotens genommen wird</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Correlation:</source>
            <translation>Korrelation:</translation>
        </message>
        <message>
            <source>The scalar of the correlation matrix: the mean of the hub's correlations with every other node (ring-star papers), the mean over all pairs, or the mean over the ring's neighbouring pairs (a ring-star's hub is not on the ring)</source>
            <translation>Der Skalar der Korrelationsmatrix: der Mittelwert der Korrelationen der Nabe mit jedem anderen Knoten (Arbeiten zu Ring-Stern-Netzen), der Mittelwert über alle Paare oder der Mittelwert über die benachbarten Paare des Rings (die Nabe eines Ring-Stern-Netzes liegt nicht auf dem Ring)</translation>
        </message>
        <message>
            <source>hub</source>
            <translation>Nabe</translation>
        </message>
        <message>
            <source>all pairs</source>
            <translation>alle Paare</translation>
        </message>
        <message>
            <source>ring neighbours</source>
            <translation>Ringnachbarn</translation>
        </message>
        <message>
            <source>How each node's phase is obtained: from its spike times, as the angle of (x, y) about their means (centred), as atan2(y, x) (arctan, uncentred), as the angle of the analytic signal of x (Hilbert), or the variable itself (phase oscillators only)</source>
            <translation>Wie die Phase jedes Knotens bestimmt wird: aus seinen Spike-Zeiten, als Winkel von (x, y) um ihre Mittelwerte (zentriert), als atan2(y, x) (Arkustangens, unzentriert), als Winkel des analytischen Signals von x (Hilbert) oder als die Variable selbst (nur Phasenoszillatoren)</translation>
        </message>
        <message>
            <source>spike</source>
            <translation>Spike</translation>
        </message>
        <message>
            <source>centred</source>
            <translation>zentriert</translation>
        </message>
        <message>
            <source>arctan</source>
            <translation>Arkustangens</translation>
        </message>
        <message>
            <source>Hilbert</source>
            <translation>Hilbert</translation>
        </message>
        <message>
            <source>Centred and arctan phases: the per-node variable on the second axis</source>
            <translation>Zentrierte und Arkustangens-Phasen: die Knotenvariable auf der zweiten Achse</translation>
        </message>
        <message>
            <source>Synchronisation: null distribution</source>
            <translation>Synchronisation: Nullverteilung</translation>
        </message>
    </context>
    <context>
        <name>nd::SynchronyView</name>
        <message>
            <source>sample n</source>
            <translation>Abtastwert n</translation>
        </message>
        <message>
            <source>R(n)</source>
            <translation>R(n)</translation>
        </message>
        <message>
            <source>R(n) = |mean of exp(i theta_j(n))|: 1 when every phase is equal, near 0 when they are spread; the line is its time mean, the band +-1 SD</source>
            <translation>R(n) = |Mittelwert von exp(i theta_j(n))|: 1, wenn alle Phasen gleich sind, nahe 0, wenn sie verteilt sind; die Linie ist ihr zeitlicher Mittelwert, das Band +-1 Standardabweichung</translation>
        </message>
        <message>
            <source>Cross-correlation matrix</source>
            <translation>Kreuzkorrelationsmatrix</translation>
        </message>
        <message>
            <source>node j</source>
            <translation>Knoten j</translation>
        </message>
        <message>
            <source>node i</source>
            <translation>Knoten i</translation>
        </message>
        <message>
            <source>Zero-lag Pearson correlation of every pair of nodes; light grey: undefined (a node with zero variance)</source>
            <translation>Pearson-Korrelation ohne Verzögerung für jedes Knotenpaar; hellgrau: undefiniert (ein Knoten mit Varianz null)</translation>
        </message>
        <message>
            <source>correlation</source>
            <translation>Korrelation</translation>
        </message>
        <message>
            <source>Per node</source>
            <translation>Je Knoten</translation>
        </message>
        <message>
            <source>node</source>
            <translation>Knoten</translation>
        </message>
        <message>
            <source>correlation, order</source>
            <translation>Korrelation, Ordnung</translation>
        </message>
        <message>
            <source>Each node's correlation with the hub and its local order parameter (over a window of neighbours on the ring): low local order in part of the ring marks a chimera</source>
            <translation>Die Korrelation jedes Knotens mit dem Zentrum und sein lokaler Ordnungsparameter (über ein Fenster von Nachbarn auf dem Ring): niedrige lokale Ordnung in einem Teil des Rings kennzeichnet eine Chimäre</translation>
        </message>
        <message>
            <source>mean R = %1 +- %2</source>
            <translation>mittleres R = %1 +- %2</translation>
        </message>
        <message>
            <source>correlation with hub (node %1)</source>
            <translation>Korrelation mit dem Zentrum (Knoten %1)</translation>
        </message>
        <message>
            <source>local order parameter (window +-%1)</source>
            <translation>lokaler Ordnungsparameter (Fenster +-%1)</translation>
        </message>
        <message>
            <source>zero-variance nodes: %1</source>
            <translation>Knoten mit Varianz null: %1</translation>
        </message>
        <message>
            <source>nodes %1 and %2: undefined</source>
            <translation>Knoten %1 und %2: undefiniert</translation>
        </message>
        <message>
            <source>nodes %1 and %2: %3</source>
            <translation>Knoten %1 und %2: %3</translation>
        </message>
        <message>
            <source>Kuramoto order parameter (%1 phases)</source>
            <translation>Kuramoto-Ordnungsparameter (%1-Phasen)</translation>
        </message>
        <message>
            <source>R(n), %1 phases</source>
            <translation>R(n), %1-Phasen</translation>
        </message>
        <message>
            <source>&lt;b&gt;mean R = %1&lt;/b&gt;, SD %2 over %3 samples (%4 phases)</source>
            <translation>&lt;b&gt;mittleres R = %1&lt;/b&gt;, SD %2 über %3 Abtastwerte (%4-Phasen)</translation>
        </message>
        <message>
            <source>&lt;b&gt;cross-correlation (%1) = %2&lt;/b&gt;</source>
            <translation>&lt;b&gt;Kreuzkorrelation (%1) = %2&lt;/b&gt;</translation>
        </message>
        <message>
            <source>cross-correlation (%1) undefined: %2</source>
            <translation>Kreuzkorrelation (%1) undefiniert: %2</translation>
        </message>
    </context>
    <context>
        <name>nd::TimeSeriesView</name>
        <message>
            <source>Time series</source>
            <translation>Zeitreihe</translation>
        </message>
        <message>
            <source>step n</source>
            <translation>Schritt n</translation>
        </message>
        <message>
            <source>sin(phase)</source>
            <translation>sin(Phase)</translation>
        </message>
        <message>
            <source>sin(%1)</source>
            <translation>sin(%1)</translation>
        </message>
    </context>
    <context>
        <name>nd::WindowedRqaView</name>
        <message>
            <source>RR</source>
            <translation>RR</translation>
        </message>
        <message>
            <source>DET</source>
            <translation>DET</translation>
        </message>
        <message>
            <source>LAM</source>
            <translation>LAM</translation>
        </message>
        <message>
            <source>window start (sample)</source>
            <translation>Fensteranfang (Abtastwert)</translation>
        </message>
        <message>
            <source>RR, DET, LAM</source>
            <translation>RR, DET, LAM</translation>
        </message>
        <message>
            <source>Windowed RQA</source>
            <translation>Gefensterte RQA</translation>
        </message>
    </context>
    <context>
        <name>nd::ZeroOneTask</name>
        <message>
            <source>Change 0-1 test</source>
            <translation>0-1-Test ändern</translation>
        </message>
        <message>
            <source>c values:</source>
            <translation>c-Werte:</translation>
        </message>
        <message>
            <source>How many frequencies c are drawn; K is the median of their K_c</source>
            <translation>Wie viele Frequenzen c gezogen werden; K ist der Median ihrer K_c</translation>
        </message>
        <message>
            <source>c from:</source>
            <translation>c von:</translation>
        </message>
        <message>
            <source>Smallest c drawn (radians, in (0, pi))</source>
            <translation>Kleinstes gezogenes c (Bogenmaß, in (0, pi))</translation>
        </message>
        <message>
            <source>to:</source>
            <translation>bis:</translation>
        </message>
        <message>
            <source>Largest c drawn (radians, in (0, pi))</source>
            <translation>Größtes gezogenes c (Bogenmaß, in (0, pi))</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Startwert:</translation>
        </message>
        <message>
            <source>Seed of the random draw of c (the same seed gives the same K)</source>
            <translation>Startwert der Zufallsziehung von c (derselbe Startwert ergibt dasselbe K)</translation>
        </message>
        <message>
            <source>n_cut:</source>
            <translation>n_cut:</translation>
        </message>
        <message>
            <source>Largest displacement n of M_c(n) (0: a tenth of the series)</source>
            <translation>Größte Verschiebung n von M_c(n) (0: ein Zehntel der Reihe)</translation>
        </message>
        <message>
            <source>0-1 test for chaos</source>
            <translation>0-1-Test auf Chaos</translation>
        </message>
        <message>
            <source>0-1 test: null distribution</source>
            <translation>0-1-Test: Nullverteilung</translation>
        </message>
    </context>
    <context>
        <name>nd::ZeroOneView</name>
        <message>
            <source>&amp;Trajectory for c:</source>
            <translation>&amp;Trajektorie für c:</translation>
        </message>
        <message>
            <source>The c whose p-q trajectory and mean-square displacement are shown; a click on a point of the K_c plot selects it too</source>
            <translation>Das c, dessen p-q-Trajektorie und mittlere quadratische Verschiebung gezeigt werden; ein Klick auf einen Punkt im K_c-Diagramm wählt es ebenfalls aus</translation>
        </message>
        <message>
            <source>c (rad)</source>
            <translation>c (rad)</translation>
        </message>
        <message>
            <source>K_c</source>
            <translation>K_c</translation>
        </message>
        <message>
            <source>Growth-rate correlation K_c for every c drawn; the line is K, their median. K near 1: chaotic; near 0: regular</source>
            <translation>Wachstumsraten-Korrelation K_c für jedes gezogene c; die Linie ist K, ihr Median. K nahe 1: chaotisch; nahe 0: regulär</translation>
        </message>
        <message>
            <source>c = %1, K_c = %2</source>
            <translation>c = %1, K_c = %2</translation>
        </message>
        <message>
            <source>p-q trajectory</source>
            <translation>p-q-Trajektorie</translation>
        </message>
        <message>
            <source>Translation variables of the selected c: bounded for regular dynamics, Brownian-like for chaotic dynamics</source>
            <translation>Translationsvariablen des gewählten c: beschränkt bei regulärer Dynamik, brownsch bei chaotischer Dynamik</translation>
        </message>
        <message>
            <source>Mean-square displacement</source>
            <translation>Mittlere quadratische Verschiebung</translation>
        </message>
        <message>
            <source>n (samples)</source>
            <translation>n (Abtastwerte)</translation>
        </message>
        <message>
            <source>M_c(n) and its oscillation-corrected form D_c(n) for the selected c; K_c is the correlation of D_c(n) with n</source>
            <translation>M_c(n) und seine um Schwingungen bereinigte Form D_c(n) für das gewählte c; K_c ist die Korrelation von D_c(n) mit n</translation>
        </message>
        <message>
            <source>&lt;b&gt;K = %1&lt;/b&gt; (median of the defined K_c over %2 values of c), n_cut = %3</source>
            <translation>&lt;b&gt;K = %1&lt;/b&gt; (Median der definierten K_c über %2 Werte von c), n_cut = %3</translation>
        </message>
        <message>
            <source>&lt;b&gt;K undefined&lt;/b&gt;: %1</source>
            <translation>&lt;b&gt;K undefiniert&lt;/b&gt;: %1</translation>
        </message>
        <message>
            <source>c = %1 (K_c = %2)</source>
            <translation>c = %1 (K_c = %2)</translation>
        </message>
        <message>
            <source>c = %1 (K_c undefined)</source>
            <translation>c = %1 (K_c undefiniert)</translation>
        </message>
        <message>
            <source>K = %1</source>
            <translation>K = %1</translation>
        </message>
        <message>
            <source>p-q trajectory, c = %1</source>
            <translation>p-q-Trajektorie, c = %1</translation>
        </message>
        <message>
            <source>the trajectory of this c needs the series</source>
            <translation>die Trajektorie dieses c braucht die Reihe</translation>
        </message>
        <message>
            <source>p-q</source>
            <translation>p-q</translation>
        </message>
        <message>
            <source>Mean-square displacement, c = %1</source>
            <translation>Mittlere quadratische Verschiebung, c = %1</translation>
        </message>
        <message>
            <source>K&lt;sub&gt;c&lt;/sub&gt; against c</source>
            <translation>K&lt;sub&gt;c&lt;/sub&gt; über c</translation>
        </message>
        <message>
            <source>K&lt;sub&gt;c&lt;/sub&gt;</source>
            <translation>K&lt;sub&gt;c&lt;/sub&gt;</translation>
        </message>
        <message>
            <source>p&lt;sub&gt;c&lt;/sub&gt;(n)</source>
            <translation>p&lt;sub&gt;c&lt;/sub&gt;(n)</translation>
        </message>
        <message>
            <source>q&lt;sub&gt;c&lt;/sub&gt;(n)</source>
            <translation>q&lt;sub&gt;c&lt;/sub&gt;(n)</translation>
        </message>
        <message>
            <source>M&lt;sub&gt;c&lt;/sub&gt;(n), D&lt;sub&gt;c&lt;/sub&gt;(n)</source>
            <translation>M&lt;sub&gt;c&lt;/sub&gt;(n), D&lt;sub&gt;c&lt;/sub&gt;(n)</translation>
        </message>
        <message>
            <source>M&lt;sub&gt;c&lt;/sub&gt;(n)</source>
            <translation>M&lt;sub&gt;c&lt;/sub&gt;(n)</translation>
        </message>
        <message>
            <source>D&lt;sub&gt;c&lt;/sub&gt;(n)</source>
            <translation>D&lt;sub&gt;c&lt;/sub&gt;(n)</translation>
        </message>
        <message>
            <source>Oversampled input: (max - min) / mean |x(n+1) - x(n)| = %1 &gt; 10, so K is unreliable; record every k-th step instead (Stride above the time series).</source>
            <translation>Überabgetastete Eingabe: (max - min) / Mittelwert |x(n+1) - x(n)| = %1 &gt; 10, daher ist K unzuverlässig; stattdessen jeden k-ten Schritt aufzeichnen (Schrittweite über der Zeitreihe).</translation>
        </message>
        <message>
            <source>the mean-square displacement of this c was not kept with the result</source>
            <translation>die mittlere quadratische Verschiebung für dieses c wurde mit dem Ergebnis nicht aufbewahrt</translation>
        </message>
    </context>
</TS>
