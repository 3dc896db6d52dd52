<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ComingPage</name>
    <message>
        <source>This part of PolicyDesk is coming in a later version. Everything you enter elsewhere is kept and will be used here.</source>
        <translation>Den här delen av PolicyDesk kommer i en senare version. Allt du skriver in på andra ställen sparas och används här.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong that PolicyDesk did not expect:
{summary}

Everything you had already saved is still in your file, and you can keep working.</source>
        <translation>Något oväntat gick fel i PolicyDesk:
{summary}

Allt du redan hade sparat finns kvar i filen, och du kan fortsätta arbeta.</translation>
    </message>
    <message>
        <source>A report was saved to {path}.</source>
        <translation>En rapport sparades i {path}.</translation>
    </message>
    <message>
        <source>PolicyDesk ran into a problem</source>
        <translation>PolicyDesk stötte på ett problem</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome to PolicyDesk</source>
        <translation>Välkommen till PolicyDesk</translation>
    </message>
    <message>
        <source>PolicyDesk helps you write down how your business treats its customers, and then live by it: a guided policy in a few evenings, a complaint log the counter staff can fill in while the customer waits, printable documents, and a yearly check of how you are doing.</source>
        <translation>PolicyDesk hjälper dig att skriva ner hur ditt företag bemöter sina kunder – och sedan leva efter det: en guidad policy på några kvällar, en klagomålslogg som personalen i kassan fyller i medan kunden väntar, dokument att skriva ut och en årlig koll på hur det går.</translation>
    </message>
    <message>
        <source>Start your policy</source>
        <translation>Börja på din policy</translation>
    </message>
    <message>
        <source>Begin with your business and its mission; you can stop and resume any time.</source>
        <translation>Börja med ditt företag och dess uppdrag; du kan pausa och fortsätta när du vill.</translation>
    </message>
    <message>
        <source>Explore the demo business</source>
        <translation>Utforska demoföretaget</translation>
    </message>
    <message>
        <source>Open a made-up bicycle shop with a finished policy, two years of complaints and three self-assessments. Your own file is not touched.</source>
        <translation>Öppna en påhittad cykelbutik med färdig policy, två års klagomål och tre självskattningar. Din egen fil rörs inte.</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer, in one file that is saved as you type. Use File › Save a Copy to back it up.</source>
        <translation>Allt du skriver in stannar på den här datorn, i en enda fil som sparas medan du skriver. Använd Arkiv › Spara en kopia för att säkerhetskopiera den.</translation>
    </message>
    <message>
        <source>This is the made-up demo business: try anything here. Your own file is not touched; open it again with File › Open Recent.</source>
        <translation>Det här är det påhittade demoföretaget: prova vad du vill här. Din egen fil rörs inte; öppna den igen med Arkiv › Öppna senaste.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Open the policy</source>
        <translation>Öppna policyn</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation>Öppna loggen</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Självskattning</translation>
    </message>
    <message>
        <source>Open the assessment</source>
        <translation>Öppna självskattningen</translation>
    </message>
    <message>
        <source>Goals and follow-up</source>
        <translation>Mål och uppföljning</translation>
    </message>
    <message>
        <source>Open goals</source>
        <translation>Öppna målen</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Ditt företag</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>No policy yet.</source>
        <translation>Ingen policy ännu.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Approved on %1.</source>
        <translation>Godkänd %1.</translation>
    </message>
    <message>
        <source>Draft: not approved yet.</source>
        <translation>Utkast: inte godkänd än.</translation>
    </message>
    <message>
        <source>Open complaints, of %1 in the log.
Follow-ups due today or overdue: %2.</source>
        <translation>Öppna klagomål, av %1 i loggen.
Uppföljningar som ska göras i dag eller är försenade: %2.</translation>
    </message>
    <message>
        <source>Held on %1. Respondents: %2.</source>
        <translation>Genomförd %1. Deltagare: %2.</translation>
    </message>
    <message>
        <source>Measurable goals. On the staff list: %1.</source>
        <translation>Mätbara mål. På personallistan: %1.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Inte gjord än</translation>
    </message>
    <message>
        <source>Rate your service once a year.</source>
        <translation>Betygsätt er service en gång om året.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;New File…</source>
        <translation>&amp;Ny fil…</translation>
    </message>
    <message>
        <source>Start a new, empty PolicyDesk file</source>
        <translation>Börja en ny, tom PolicyDesk-fil</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ppna…</translation>
    </message>
    <message>
        <source>Open another PolicyDesk file</source>
        <translation>Öppna en annan PolicyDesk-fil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>Save a backup copy of the open file; safe while you keep working</source>
        <translation>Spara en säkerhetskopia av den öppna filen; det går bra att arbeta vidare under tiden</translation>
    </message>
    <message>
        <source>Explore the &amp;Demo Business</source>
        <translation>Utforska &amp;demoföretaget</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About PolicyDesk</source>
        <translation>&amp;Om PolicyDesk</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hem</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Självskattning</translation>
    </message>
    <message>
        <source>Goals &amp; follow-up</source>
        <translation>Mål och uppföljning</translation>
    </message>
    <message>
        <source>Print &amp; export</source>
        <translation>Utskrift och export</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Your customer service policy</source>
        <translation>Er kundservicepolicy</translation>
    </message>
    <message>
        <source>A guided walk through your business and mission, what your customers need, a vision, measurable promises, the policy areas, staff guidelines and the rollout, ending with approval. Every word is saved as you type.</source>
        <translation>En guidad genomgång av ert företag och uppdrag, vad kunderna behöver, en vision, mätbara löften, policyns områden, riktlinjer för personalen och införandet – och till sist godkännandet. Varje ord sparas medan du skriver.</translation>
    </message>
    <message>
        <source>Complaint log</source>
        <translation>Klagomålslogg</translation>
    </message>
    <message>
        <source>Log a complaint in under a minute at the counter, follow it up, find earlier ones by name or phone, and see your top three problems.</source>
        <translation>Registrera ett klagomål i kassan på under en minut, följ upp det, hitta tidigare klagomål på namn eller telefonnummer och se era tre största problem.</translation>
    </message>
    <message>
        <source>Yearly self-assessment</source>
        <translation>Årlig självskattning</translation>
    </message>
    <message>
        <source>Owner and staff rate 25 statements about your service; PolicyDesk works out your customer-service quotient (7–35) and compares it with earlier years.</source>
        <translation>Ägare och personal betygsätter 25 påståenden om er service; PolicyDesk räknar fram er kundservicekvot (7–35) och jämför den med tidigare år.</translation>
    </message>
    <message>
        <source>Goals and follow-up</source>
        <translation>Mål och uppföljning</translation>
    </message>
    <message>
        <source>Your promises with baseline, minimum and target, the figures measured each month, review meetings and improvement plans.</source>
        <translation>Era löften med utgångsläge, miniminivå och mål, siffrorna som mäts varje månad, uppföljningsmöten och förbättringsplaner.</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>Utskrift och export</translation>
    </message>
    <message>
        <source>The policy, a one-page customer charter for the wall, the service-level agreement and reports, as clean PDFs in your language.</source>
        <translation>Policyn, en kundstadga på en sida att sätta upp på väggen, servicenivåavtalet och rapporter – som snygga PDF-filer på ditt språk.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öppnar %1…</translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation>Ingen fil är öppen</translation>
    </message>
    <message>
        <source>PolicyDesk keeps everything in one file. Open the one you use, start a new one, or look around in the demo business.</source>
        <translation>PolicyDesk samlar allt i en enda fil. Öppna den du använder, börja på en ny, eller titta runt i demoföretaget.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öppna…</translation>
    </message>
    <message>
        <source>New File…</source>
        <translation>Ny fil…</translation>
    </message>
    <message>
        <source>Open My Usual File</source>
        <translation>Öppna min vanliga fil</translation>
    </message>
    <message>
        <source>Explore the Demo Business</source>
        <translation>Utforska demoföretaget</translation>
    </message>
    <message>
        <source>File on a network share</source>
        <translation>Fil på en nätverksenhet</translation>
    </message>
    <message>
        <source>{path} is on a network share ({fs}). The database PolicyDesk uses cannot lock files reliably there, so two computers working on it at once can damage it. Keep the file on this computer&apos;s own disk if you can.</source>
        <translation>{path} ligger på en nätverksenhet ({fs}). Databasen som PolicyDesk använder kan inte låsa filer på ett säkert sätt där, så om två datorer arbetar i den samtidigt kan den skadas. Lägg helst filen på den här datorns egen disk.</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Öppna ändå</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Saving a copy and upgrading {name}…</source>
        <translation>Sparar en kopia och uppgraderar {name}…</translation>
    </message>
    <message>
        <source>The file was upgraded for this version; a copy of the old one was kept.</source>
        <translation>Filen uppgraderades för den här versionen; en kopia av den gamla sparades.</translation>
    </message>
    <message>
        <source>Create a new file?</source>
        <translation>Skapa en ny fil?</translation>
    </message>
    <message>
        <source>{path} does not exist. Create a new, empty PolicyDesk file there?</source>
        <translation>{path} finns inte. Vill du skapa en ny, tom PolicyDesk-fil där?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Ingen fil öppen</translation>
    </message>
    <message>
        <source>The open file: %1</source>
        <translation>Den öppna filen: %1</translation>
    </message>
    <message>
        <source>New PolicyDesk File</source>
        <translation>Ny PolicyDesk-fil</translation>
    </message>
    <message>
        <source>Could not create the file</source>
        <translation>Det gick inte att skapa filen</translation>
    </message>
    <message>
        <source>{path} is the file you have open. Choose another name.</source>
        <translation>{path} är filen du har öppen. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>Open a PolicyDesk File</source>
        <translation>Öppna en PolicyDesk-fil</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Spara en kopia</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Sparar en kopia…</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was saved.</source>
        <translation>Kopieringen avbröts; inget sparades.</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Sparade en kopia som %1</translation>
    </message>
    <message>
        <source>Demo business</source>
        <translation>Demoföretag</translation>
    </message>
    <message>
        <source>The demo business is already there, perhaps with your own experiments. Open it as it is, or start it afresh?</source>
        <translation>Demoföretaget finns redan, kanske med dina egna experiment. Vill du öppna det som det är, eller börja om från början?</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>Öppna det</translation>
    </message>
    <message>
        <source>Start Afresh</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <source>Setting up the demo business…</source>
        <translation>Ställer i ordning demoföretaget…</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Inga senaste filer</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Töm listan</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Filen hittades inte</translation>
    </message>
    <message>
        <source>{path} is no longer there; it may have been moved, renamed or deleted. Remove it from the list?</source>
        <translation>{path} finns inte längre kvar; den kan ha flyttats, bytt namn eller tagits bort. Ta bort den från listan?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>About PolicyDesk</source>
        <translation>Om PolicyDesk</translation>
    </message>
    <message>
        <source>PolicyDesk %1

Write a customer service policy for your business and live by it. Everything stays on this computer.

Data folder: %2</source>
        <translation>PolicyDesk %1

Skriv en kundservicepolicy för ditt företag och lev efter den. Allt stannar på den här datorn.

Datamapp: %2</translation>
    </message>
    <message>
        <source>PolicyDesk is still saving; it closes when that is done.</source>
        <translation>PolicyDesk sparar fortfarande; programmet stängs när det är klart.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not save</source>
        <translation>Det gick inte att spara</translation>
    </message>
    <message>
        <source>File already open</source>
        <translation>Filen är redan öppen</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Det gick inte att öppna filen</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} finns inte.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Mappen {path} finns inte.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a PolicyDesk file.</source>
        <translation>{path} är en mapp, inte en PolicyDesk-fil.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it is not a PolicyDesk file. Use File › New File to start a new one.</source>
        <translation>{path} är tom (0 byte) och alltså ingen PolicyDesk-fil. Använd Arkiv › Ny fil för att börja på en ny.</translation>
    </message>
    <message>
        <source>{path} is not a PolicyDesk file. Choose a file that PolicyDesk saved.</source>
        <translation>{path} är ingen PolicyDesk-fil. Välj en fil som PolicyDesk har sparat.</translation>
    </message>
    <message>
        <source>{path} is incomplete: the file ends too early, perhaps because a copy was interrupted. Open a backup instead. PolicyDesk has not changed the file.</source>
        <translation>{path} är ofullständig: filen tar slut för tidigt, kanske för att en kopiering avbröts. Öppna en säkerhetskopia i stället. PolicyDesk har inte ändrat filen.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely. Open a backup instead. PolicyDesk has not changed the file.</source>
        <translation>{path} är skadad och kan inte öppnas på ett säkert sätt. Öppna en säkerhetskopia i stället. PolicyDesk har inte ändrat filen.</translation>
    </message>
    <message>
        <source>{path} belongs to another program; it is not a PolicyDesk file.</source>
        <translation>{path} hör till ett annat program; det är ingen PolicyDesk-fil.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of PolicyDesk. Update PolicyDesk to open it. The file has not been changed.</source>
        <translation>{path} sparades av en nyare version av PolicyDesk. Uppdatera PolicyDesk för att öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>You do not have permission to read {path}.</source>
        <translation>Du har inte behörighet att läsa {path}.</translation>
    </message>
    <message>
        <source>{path} is read-only. PolicyDesk saves every change as you type, so it needs to write to the file. Make it writable, or save a copy elsewhere and open that.</source>
        <translation>{path} är skrivskyddad. PolicyDesk sparar varje ändring medan du skriver och måste därför kunna skriva i filen. Ta bort skrivskyddet, eller spara en kopia någon annanstans och öppna den.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to. PolicyDesk keeps a lock and a journal next to the file. Move the file to a folder you can write to.</source>
        <translation>Det går inte att skriva i mappen {path}. PolicyDesk lägger ett lås och en journal bredvid filen. Flytta filen till en mapp där du kan skriva.</translation>
    </message>
    <message>
        <source>{path} is already open in another PolicyDesk window ({holder}). Close it there first, or open a different file.</source>
        <translation>{path} är redan öppen i ett annat PolicyDesk-fönster ({holder}). Stäng den där först, eller öppna en annan fil.</translation>
    </message>
    <message>
        <source>{path} is busy because another program is using it. Try again in a moment.</source>
        <translation>{path} är upptagen eftersom ett annat program använder den. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} could not be written. Free some space and try again. Nothing was half-saved.</source>
        <translation>Disken är full, så det gick inte att skriva {path}. Frigör lite utrymme och försök igen. Inget sparades till hälften.</translation>
    </message>
    <message>
        <source>{path} could not be upgraded to this version of PolicyDesk. The file is as it was; a copy made before the upgrade was kept at {backup}.</source>
        <translation>{path} kunde inte uppgraderas till den här versionen av PolicyDesk. Filen är som den var; en kopia från före uppgraderingen finns i {backup}.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} finns redan. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>A copy cannot be saved over the file itself ({path}). Choose another name.</source>
        <translation>En kopia kan inte sparas över själva filen ({path}). Välj ett annat namn.</translation>
    </message>
    <message>
        <source>{path} could not be read or written.</source>
        <translation>Det gick inte att läsa eller skriva {path}.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>filen</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>process {pid}</translation>
    </message>
    <message>
        <source>on {host}</source>
        <translation>på {host}</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>sedan {time}</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>en annan process</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language too. Documents are printed in the language of the policy.</source>
        <translation>Datum och tal följer också språket. Dokument skrivs ut på policyns språk.</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Den här filen</translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation>Ingen fil är öppen</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Storlek:</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Spara en kopia…</translation>
    </message>
    <message>
        <source>Where PolicyDesk keeps things</source>
        <translation>Var PolicyDesk sparar saker</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datamapp:</translation>
    </message>
    <message>
        <source>Problem reports:</source>
        <translation>Felrapporter:</translation>
    </message>
    <message>
        <source>Preferences:</source>
        <translation>Inställningsfil:</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Visa mappen</translation>
    </message>
</context>
</TS>
