<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>ComingPage</name>
    <message>
        <source>This part of PolicyDesk is coming in a later version. Everything you enter elsewhere is kept and will be used here.</source>
        <translation>Această parte a PolicyDesk vine într-o versiune viitoare. Tot ce introduceți în alte părți se păstrează și va fi folosit aici.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong that PolicyDesk did not expect:
{summary}

Everything you had already saved is still in your file, and you can keep working.</source>
        <translation>În PolicyDesk a apărut o problemă neașteptată:
{summary}

Tot ce ați salvat deja este în continuare în fișier și puteți lucra mai departe.</translation>
    </message>
    <message>
        <source>A report was saved to {path}.</source>
        <translation>Un raport a fost salvat în {path}.</translation>
    </message>
    <message>
        <source>PolicyDesk ran into a problem</source>
        <translation>PolicyDesk a întâmpinat o problemă</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome to PolicyDesk</source>
        <translation>Bun venit în PolicyDesk</translation>
    </message>
    <message>
        <source>PolicyDesk helps you write down how your business treats its customers, and then live by it: a guided policy in a few evenings, a complaint log the counter staff can fill in while the customer waits, printable documents, and a yearly check of how you are doing.</source>
        <translation>PolicyDesk vă ajută să puneți în scris cum își tratează firma clienții – și apoi să trăiți după asta: o politică ghidată în câteva seri, un registru de reclamații pe care personalul de la ghișeu îl completează cât timp clientul așteaptă, documente de tipărit și o verificare anuală a felului în care vă descurcați.</translation>
    </message>
    <message>
        <source>Start your policy</source>
        <translation>Începeți politica</translation>
    </message>
    <message>
        <source>Begin with your business and its mission; you can stop and resume any time.</source>
        <translation>Începeți cu firma și misiunea ei; puteți face o pauză și continua oricând.</translation>
    </message>
    <message>
        <source>Explore the demo business</source>
        <translation>Explorați firma demonstrativă</translation>
    </message>
    <message>
        <source>Open a made-up bicycle shop with a finished policy, two years of complaints and three self-assessments. Your own file is not touched.</source>
        <translation>Deschideți un magazin de biciclete imaginar, cu politica gata scrisă, doi ani de reclamații și trei autoevaluări. Fișierul dumneavoastră nu este atins.</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer, in one file that is saved as you type. Use File › Save a Copy to back it up.</source>
        <translation>Tot ce introduceți rămâne pe acest calculator, într-un singur fișier care se salvează pe măsură ce scrieți. Folosiți Fișier › Salvează o copie pentru o copie de siguranță.</translation>
    </message>
    <message>
        <source>This is the made-up demo business: try anything here. Your own file is not touched; open it again with File › Open Recent.</source>
        <translation>Aceasta este firma demonstrativă imaginară: încercați aici orice doriți. Fișierul dumneavoastră nu este atins; îl redeschideți din Fișier › Deschide recente.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politică</translation>
    </message>
    <message>
        <source>Open the policy</source>
        <translation>Deschide politica</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamații</translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation>Deschide registrul</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluare</translation>
    </message>
    <message>
        <source>Open the assessment</source>
        <translation>Deschide autoevaluarea</translation>
    </message>
    <message>
        <source>Goals and follow-up</source>
        <translation>Obiective și urmărire</translation>
    </message>
    <message>
        <source>Open goals</source>
        <translation>Deschide obiectivele</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Firma dumneavoastră</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Neîncepută</translation>
    </message>
    <message>
        <source>No policy yet.</source>
        <translation>Încă nu există o politică.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versiunea %1</translation>
    </message>
    <message>
        <source>Approved on %1.</source>
        <translation>Aprobată pe %1.</translation>
    </message>
    <message>
        <source>Draft: not approved yet.</source>
        <translation>Ciornă: încă neaprobată.</translation>
    </message>
    <message>
        <source>Open complaints, of %1 in the log.
Follow-ups due today or overdue: %2.</source>
        <translation>Reclamații deschise, din %1 în registru.
Urmăriri scadente azi sau întârziate: %2.</translation>
    </message>
    <message>
        <source>Held on %1. Respondents: %2.</source>
        <translation>Realizată pe %1. Respondenți: %2.</translation>
    </message>
    <message>
        <source>Measurable goals. On the staff list: %1.</source>
        <translation>Obiective măsurabile. Pe lista de personal: %1.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Încă nefăcută</translation>
    </message>
    <message>
        <source>Rate your service once a year.</source>
        <translation>Evaluați-vă serviciile o dată pe an.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation>Fișier &amp;nou…</translation>
    </message>
    <message>
        <source>Start a new, empty PolicyDesk file</source>
        <translation>Începe un fișier PolicyDesk nou, gol</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Deschide…</translation>
    </message>
    <message>
        <source>Open another PolicyDesk file</source>
        <translation>Deschide alt fișier PolicyDesk</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Deschide &amp;recente</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Salvează o &amp;copie…</translation>
    </message>
    <message>
        <source>Save a backup copy of the open file; safe while you keep working</source>
        <translation>Salvează o copie de siguranță a fișierului deschis; puteți lucra mai departe între timp</translation>
    </message>
    <message>
        <source>Explore the &amp;Demo Business</source>
        <translation>Explorează &amp;firma demonstrativă</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;About PolicyDesk</source>
        <translation>&amp;Despre PolicyDesk</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Acasă</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politică</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamații</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluare</translation>
    </message>
    <message>
        <source>Goals &amp; follow-up</source>
        <translation>Obiective și urmărire</translation>
    </message>
    <message>
        <source>Print &amp; export</source>
        <translation>Tipărire și export</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Your customer service policy</source>
        <translation>Politica dumneavoastră de relații cu clienții</translation>
    </message>
    <message>
        <source>A guided walk through your business and mission, what your customers need, a vision, measurable promises, the policy areas, staff guidelines and the rollout, ending with approval. Every word is saved as you type.</source>
        <translation>Un parcurs ghidat prin firma și misiunea dumneavoastră, nevoile clienților, o viziune, promisiuni măsurabile, domeniile politicii, îndrumări pentru personal și punerea în practică, încheiat cu aprobarea. Fiecare cuvânt se salvează pe măsură ce scrieți.</translation>
    </message>
    <message>
        <source>Complaint log</source>
        <translation>Registrul de reclamații</translation>
    </message>
    <message>
        <source>Log a complaint in under a minute at the counter, follow it up, find earlier ones by name or phone, and see your top three problems.</source>
        <translation>Înregistrați o reclamație la ghișeu în mai puțin de un minut, urmăriți-o, găsiți reclamațiile anterioare după nume sau telefon și vedeți primele trei probleme.</translation>
    </message>
    <message>
        <source>Yearly self-assessment</source>
        <translation>Autoevaluarea anuală</translation>
    </message>
    <message>
        <source>Owner and staff rate 25 statements about your service; PolicyDesk works out your customer-service quotient (7–35) and compares it with earlier years.</source>
        <translation>Proprietarul și personalul evaluează 25 de afirmații despre serviciile dumneavoastră; PolicyDesk calculează coeficientul de servire a clienților (7–35) și îl compară cu anii anteriori.</translation>
    </message>
    <message>
        <source>Goals and follow-up</source>
        <translation>Obiective și urmărire</translation>
    </message>
    <message>
        <source>Your promises with baseline, minimum and target, the figures measured each month, review meetings and improvement plans.</source>
        <translation>Promisiunile dumneavoastră, cu nivelul de pornire, minimul și ținta, cifrele măsurate în fiecare lună, ședințele de analiză și planurile de îmbunătățire.</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>Tipărire și export</translation>
    </message>
    <message>
        <source>The policy, a one-page customer charter for the wall, the service-level agreement and reports, as clean PDFs in your language.</source>
        <translation>Politica, o cartă a clientului pe o pagină, de pus pe perete, acordul privind nivelul serviciilor și rapoarte, ca PDF-uri îngrijite în limba dumneavoastră.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Se deschide %1…</translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation>Niciun fișier nu este deschis</translation>
    </message>
    <message>
        <source>PolicyDesk keeps everything in one file. Open the one you use, start a new one, or look around in the demo business.</source>
        <translation>PolicyDesk păstrează totul într-un singur fișier. Deschideți fișierul pe care îl folosiți, începeți unul nou sau explorați firma demonstrativă.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Deschide…</translation>
    </message>
    <message>
        <source>New File…</source>
        <translation>Fișier nou…</translation>
    </message>
    <message>
        <source>Open My Usual File</source>
        <translation>Deschide fișierul obișnuit</translation>
    </message>
    <message>
        <source>Explore the Demo Business</source>
        <translation>Explorează firma demonstrativă</translation>
    </message>
    <message>
        <source>File on a network share</source>
        <translation>Fișier pe o partajare de rețea</translation>
    </message>
    <message>
        <source>{path} is on a network share ({fs}). The database PolicyDesk uses cannot lock files reliably there, so two computers working on it at once can damage it. Keep the file on this computer&apos;s own disk if you can.</source>
        <translation>{path} se află pe o partajare de rețea ({fs}). Baza de date folosită de PolicyDesk nu poate bloca fișierele în siguranță acolo, așa că două calculatoare care lucrează simultan îl pot deteriora. Dacă puteți, păstrați fișierul pe discul acestui calculator.</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Deschide oricum</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Saving a copy and upgrading {name}…</source>
        <translation>Se salvează o copie și se actualizează {name}…</translation>
    </message>
    <message>
        <source>The file was upgraded for this version; a copy of the old one was kept.</source>
        <translation>Fișierul a fost actualizat pentru această versiune; s-a păstrat o copie a celui vechi.</translation>
    </message>
    <message>
        <source>Create a new file?</source>
        <translation>Creați un fișier nou?</translation>
    </message>
    <message>
        <source>{path} does not exist. Create a new, empty PolicyDesk file there?</source>
        <translation>{path} nu există. Creați acolo un fișier PolicyDesk nou, gol?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creează</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Niciun fișier deschis</translation>
    </message>
    <message>
        <source>The open file: %1</source>
        <translation>Fișierul deschis: %1</translation>
    </message>
    <message>
        <source>New PolicyDesk File</source>
        <translation>Fișier PolicyDesk nou</translation>
    </message>
    <message>
        <source>Could not create the file</source>
        <translation>Fișierul nu a putut fi creat</translation>
    </message>
    <message>
        <source>{path} is the file you have open. Choose another name.</source>
        <translation>{path} este fișierul pe care îl aveți deschis. Alegeți alt nume.</translation>
    </message>
    <message>
        <source>Open a PolicyDesk File</source>
        <translation>Deschideți un fișier PolicyDesk</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Salvați o copie</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Se salvează o copie…</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was saved.</source>
        <translation>Copierea a fost anulată; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>S-a salvat o copie ca %1</translation>
    </message>
    <message>
        <source>Demo business</source>
        <translation>Firmă demonstrativă</translation>
    </message>
    <message>
        <source>The demo business is already there, perhaps with your own experiments. Open it as it is, or start it afresh?</source>
        <translation>Firma demonstrativă există deja, poate cu propriile dumneavoastră încercări. O deschideți așa cum este sau o luați de la capăt?</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>Deschide-o</translation>
    </message>
    <message>
        <source>Start Afresh</source>
        <translation>Ia-o de la capăt</translation>
    </message>
    <message>
        <source>Setting up the demo business…</source>
        <translation>Se pregătește firma demonstrativă…</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Niciun fișier recent</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Golește lista</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fișierul nu a fost găsit</translation>
    </message>
    <message>
        <source>{path} is no longer there; it may have been moved, renamed or deleted. Remove it from the list?</source>
        <translation>{path} nu mai există; poate a fost mutat, redenumit sau șters. Îl scoateți din listă?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Scoate</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Păstrează</translation>
    </message>
    <message>
        <source>About PolicyDesk</source>
        <translation>Despre PolicyDesk</translation>
    </message>
    <message>
        <source>PolicyDesk %1

Write a customer service policy for your business and live by it. Everything stays on this computer.

Data folder: %2</source>
        <translation>PolicyDesk %1

Scrieți o politică de relații cu clienții pentru firma dumneavoastră și trăiți după ea. Totul rămâne pe acest calculator.

Dosarul de date: %2</translation>
    </message>
    <message>
        <source>PolicyDesk is still saving; it closes when that is done.</source>
        <translation>PolicyDesk încă salvează; se închide când termină.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not save</source>
        <translation>Nu s-a putut salva</translation>
    </message>
    <message>
        <source>File already open</source>
        <translation>Fișierul este deja deschis</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Fișierul nu a putut fi deschis</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} nu există.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Dosarul {path} nu există.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a PolicyDesk file.</source>
        <translation>{path} este un dosar, nu un fișier PolicyDesk.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it is not a PolicyDesk file. Use File › New File to start a new one.</source>
        <translation>{path} este gol (0 octeți), deci nu este un fișier PolicyDesk. Folosiți Fișier › Fișier nou pentru a începe unul nou.</translation>
    </message>
    <message>
        <source>{path} is not a PolicyDesk file. Choose a file that PolicyDesk saved.</source>
        <translation>{path} nu este un fișier PolicyDesk. Alegeți un fișier salvat de PolicyDesk.</translation>
    </message>
    <message>
        <source>{path} is incomplete: the file ends too early, perhaps because a copy was interrupted. Open a backup instead. PolicyDesk has not changed the file.</source>
        <translation>{path} este incomplet: fișierul se termină prea devreme, poate pentru că o copiere a fost întreruptă. Deschideți în schimb o copie de siguranță. PolicyDesk nu a modificat fișierul.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely. Open a backup instead. PolicyDesk has not changed the file.</source>
        <translation>{path} este deteriorat și nu poate fi deschis în siguranță. Deschideți în schimb o copie de siguranță. PolicyDesk nu a modificat fișierul.</translation>
    </message>
    <message>
        <source>{path} belongs to another program; it is not a PolicyDesk file.</source>
        <translation>{path} aparține altui program; nu este un fișier PolicyDesk.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of PolicyDesk. Update PolicyDesk to open it. The file has not been changed.</source>
        <translation>{path} a fost salvat de o versiune mai nouă a PolicyDesk. Actualizați PolicyDesk pentru a-l deschide. Fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>You do not have permission to read {path}.</source>
        <translation>Nu aveți permisiunea să citiți {path}.</translation>
    </message>
    <message>
        <source>{path} is read-only. PolicyDesk saves every change as you type, so it needs to write to the file. Make it writable, or save a copy elsewhere and open that.</source>
        <translation>{path} este doar pentru citire. PolicyDesk salvează fiecare modificare pe măsură ce scrieți, așa că trebuie să poată scrie în fișier. Permiteți scrierea sau salvați o copie în altă parte și deschideți-o pe aceea.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to. PolicyDesk keeps a lock and a journal next to the file. Move the file to a folder you can write to.</source>
        <translation>În dosarul {path} nu se poate scrie. PolicyDesk păstrează lângă fișier un blocaj și un jurnal. Mutați fișierul într-un dosar în care puteți scrie.</translation>
    </message>
    <message>
        <source>{path} is already open in another PolicyDesk window ({holder}). Close it there first, or open a different file.</source>
        <translation>{path} este deja deschis într-o altă fereastră PolicyDesk ({holder}). Închideți-l mai întâi acolo sau deschideți alt fișier.</translation>
    </message>
    <message>
        <source>{path} is busy because another program is using it. Try again in a moment.</source>
        <translation>{path} este ocupat, deoarece îl folosește alt program. Încercați din nou peste puțin timp.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written. Free some space and try again. Nothing was half-saved.</source>
        <translation>Discul este plin, așa că {path} nu a putut fi scris. Eliberați spațiu și încercați din nou. Nimic nu a rămas salvat pe jumătate.</translation>
    </message>
    <message>
        <source>{path} could not be upgraded to this version of PolicyDesk. The file is as it was; a copy made before the upgrade was kept at {backup}.</source>
        <translation>{path} nu a putut fi actualizat pentru această versiune a PolicyDesk. Fișierul a rămas neschimbat; o copie făcută înainte de actualizare a fost păstrată în {backup}.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} există deja. Alegeți alt nume.</translation>
    </message>
    <message>
        <source>A copy cannot be saved over the file itself ({path}). Choose another name.</source>
        <translation>O copie nu poate fi salvată peste fișierul însuși ({path}). Alegeți alt nume.</translation>
    </message>
    <message>
        <source>{path} could not be read or written.</source>
        <translation>{path} nu a putut fi citit sau scris.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>fișierul</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>procesul {pid}</translation>
    </message>
    <message>
        <source>on {host}</source>
        <translation>pe {host}</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>din {time}</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>alt proces</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>La fel ca pe calculator</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Luminos</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Întunecat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language too. Documents are printed in the language of the policy.</source>
        <translation>Datele și numerele urmează și ele limba. Documentele se tipăresc în limba politicii.</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Acest fișier</translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation>Niciun fișier nu este deschis</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Locație:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Dimensiune:</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Salvează o copie…</translation>
    </message>
    <message>
        <source>Where PolicyDesk keeps things</source>
        <translation>Unde păstrează PolicyDesk lucrurile</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dosarul de date:</translation>
    </message>
    <message>
        <source>Problem reports:</source>
        <translation>Rapoarte de probleme:</translation>
    </message>
    <message>
        <source>Preferences:</source>
        <translation>Preferințe:</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Arată dosarul</translation>
    </message>
</context>
</TS>
