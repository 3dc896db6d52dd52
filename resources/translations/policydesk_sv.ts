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
    <name>ComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>Nytt klagomål</translation>
    </message>
    <message>
        <source>Complaint {number}</source>
        <translation>Klagomål nr {number}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>Klagomålet</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösning</translation>
    </message>
    <message>
        <source>Follow-up and compensation</source>
        <translation>Uppföljning och ersättning</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation>Vad som hände, med kundens egna ord</translation>
    </message>
    <message>
        <source>e.g. 070-123 45 67</source>
        <translation>t.ex. 070-123 45 67</translation>
    </message>
    <message>
        <source>e.g. name@example.se</source>
        <translation>t.ex. namn@example.se</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Ingen kategori</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>Inget resultat än</translation>
    </message>
    <message>
        <source>No compensation</source>
        <translation>Ingen ersättning</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>What was done, e.g. called the supplier</source>
        <translation>Vad som gjordes, t.ex. ringde leverantören</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Lägg till steg</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the complaint (Ctrl+Enter)</source>
        <translation>Spara klagomålet (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>The draft could not be kept: {reason}</source>
        <translation>Utkastet kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <source>Draft kept at {time}</source>
        <translation>Utkastet sparat kl. {time}</translation>
    </message>
    <message>
        <source>The amount may hold only digits and a decimal comma or point, as in {example}.</source>
        <translation>Beloppet får bara innehålla siffror och ett decimalkomma eller en decimalpunkt, som i {example}.</translation>
    </message>
    <message>
        <source>The amount has too many decimals: {currency} has {count}.</source>
        <translation>Beloppet har för många decimaler: {currency} har {count}.</translation>
    </message>
    <message>
        <source>The amount is not a number. Type it as in {example}.</source>
        <translation>Beloppet är inget tal. Skriv det som i {example}.</translation>
    </message>
    <message>
        <source>Discard this complaint?</source>
        <translation>Slänga klagomålet?</translation>
    </message>
    <message>
        <source>What you typed has not been saved and will be thrown away.</source>
        <translation>Det du har skrivit är inte sparat och kommer att slängas.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Slänga dina ändringar?</translation>
    </message>
    <message>
        <source>Your changes to complaint {number} have not been saved.</source>
        <translation>Dina ändringar i klagomål nr {number} har inte sparats.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <source>Close the complaint form?</source>
        <translation>Stänga klagomålsformuläret?</translation>
    </message>
    <message>
        <source>The complaint has not been saved. Keep it as a draft to finish it later, or discard it?</source>
        <translation>Klagomålet har inte sparats. Vill du spara det som utkast och göra klart det senare, eller slänga det?</translation>
    </message>
    <message>
        <source>Keep as Draft</source>
        <translation>Spara som utkast</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(borttaget)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Statusen ändrades inte</translation>
    </message>
    <message>
        <source>Step not added</source>
        <translation>Steget lades inte till</translation>
    </message>
    <message>
        <source>Delete complaint {number}?</source>
        <translation>Ta bort klagomål nr {number}?</translation>
    </message>
    <message>
        <source>The complaint leaves the log and goes to the bin, from where the owner can bring it back.</source>
        <translation>Klagomålet flyttas från loggen till papperskorgen, där ägaren kan ta tillbaka det.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>Complaint</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>The first words of the complaint (this column cannot be sorted)</source>
        <translation>Klagomålets första ord (den här kolumnen går inte att sortera)</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Klar %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (försenad)</translation>
    </message>
    <message>
        <source>Followed up on %1</source>
        <translation>Följdes upp %1</translation>
    </message>
    <message>
        <source>The follow-up was due on %1 and is overdue</source>
        <translation>Uppföljningen skulle ha gjorts %1 och är försenad</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>Följ upp %1</translation>
    </message>
</context>
<context>
    <name>ComplaintTexts</name>
    <message>
        <source>At the counter</source>
        <translation>I kassan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Webb</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociala medier</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Väntar på kunden</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Uppföljt</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Mark as New</source>
        <translation>Markera som nytt</translation>
    </message>
    <message>
        <source>Start Work</source>
        <translation>Börja arbeta</translation>
    </message>
    <message>
        <source>Wait for the Customer</source>
        <translation>Vänta på kunden</translation>
    </message>
    <message>
        <source>Mark Resolved</source>
        <translation>Markera som löst</translation>
    </message>
    <message>
        <source>Close after Follow-up</source>
        <translation>Avsluta efter uppföljning</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Nöjd</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Inte nöjd</translation>
    </message>
    <message>
        <source>Could not reach</source>
        <translation>Nåddes inte</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetalning</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Utbyte</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gåva</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Faulty product</source>
        <translation>Felaktig vara</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <source>Staff conduct</source>
        <translation>Personalens bemötande</translation>
    </message>
    <message>
        <source>Price and billing</source>
        <translation>Pris och fakturering</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returer</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Mottaget av</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation>Vara eller order</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Kundens namn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>The customer asks for</source>
        <translation>Kunden vill ha</translation>
    </message>
    <message>
        <source>Agreed resolution</source>
        <translation>Överenskommen lösning</translation>
    </message>
    <message>
        <source>Resolved on the spot</source>
        <translation>Löst på plats</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Utlovat senast</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Uppföljningsdatum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Anteckning om uppföljningen</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>How to avoid it next time</source>
        <translation>Så undviker vi det nästa gång</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <source>Step taken</source>
        <translation>Utfört steg</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Write down what the customer complained about.</source>
        <translation>Skriv ner vad kunden klagade på.</translation>
    </message>
    <message>
        <source>Give the date and time the complaint came in.</source>
        <translation>Ange datum och tid då klagomålet kom in.</translation>
    </message>
    <message>
        <source>{field} is in the future. Check the date and time.</source>
        <translation>{field}: tidpunkten ligger i framtiden. Kontrollera datum och tid.</translation>
    </message>
    <message>
        <source>{field} is before the complaint came in. Check the date and time.</source>
        <translation>{field}: tidpunkten ligger innan klagomålet kom in. Kontrollera datum och tid.</translation>
    </message>
    <message>
        <source>A follow-up is planned: give a phone number or an e-mail address to reach the customer, or remove the follow-up date.</source>
        <translation>En uppföljning är planerad: ange ett telefonnummer eller en e-postadress där kunden kan nås, eller ta bort uppföljningsdatumet.</translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces, dashes, brackets and a leading +.</source>
        <translation>Telefonnumret får bara innehålla siffror, mellanslag, bindestreck, parenteser och ett + först.</translation>
    </message>
    <message>
        <source>The phone number is too short: it needs at least {min} digits. Include the area code, e.g. 08-123 456 78 or 021 123 4567.</source>
        <translation>Telefonnumret är för kort: det behöver minst {min} siffror. Ta med riktnumret, t.ex. 08-123 456 78 eller 021 123 4567.</translation>
    </message>
    <message>
        <source>The phone number has more than {max} digits. Check for a digit typed twice.</source>
        <translation>Telefonnumret har fler än {max} siffror. Kontrollera att ingen siffra har skrivits två gånger.</translation>
    </message>
    <message>
        <source>The e-mail address needs one @, as in name@example.se.</source>
        <translation>E-postadressen behöver ett @, som i namn@example.se.</translation>
    </message>
    <message>
        <source>The e-mail address may not contain spaces.</source>
        <translation>E-postadressen får inte innehålla mellanslag.</translation>
    </message>
    <message>
        <source>The part after @ ({domain}) is not a complete domain, as in example.se or example.ro.</source>
        <translation>Delen efter @ ({domain}) är inte en fullständig domän, som example.se eller example.ro.</translation>
    </message>
    <message>
        <source>The compensation cannot be a negative amount.</source>
        <translation>Ersättningen kan inte vara ett negativt belopp.</translation>
    </message>
    <message>
        <source>The compensation amount is implausibly large. Check the number.</source>
        <translation>Ersättningens belopp är orimligt stort. Kontrollera siffrorna.</translation>
    </message>
    <message>
        <source>Choose what kind of compensation the amount is: refund, replacement, discount, gift or other.</source>
        <translation>Välj vilken sorts ersättning beloppet gäller: återbetalning, utbyte, rabatt, gåva eller övrigt.</translation>
    </message>
    <message>
        <source>Give the date and time of the follow-up, or clear its outcome.</source>
        <translation>Ange datum och tid för uppföljningen, eller ta bort resultatet.</translation>
    </message>
    <message>
        <source>Choose the follow-up&apos;s outcome: satisfied, not satisfied or could not reach.</source>
        <translation>Välj uppföljningens resultat: nöjd, inte nöjd eller nåddes inte.</translation>
    </message>
    <message>
        <source>{field} is too long: at most {max} characters.</source>
        <translation>{field}: texten är för lång, högst {max} tecken.</translation>
    </message>
    <message>
        <source>{field} contains invisible control characters. Retype or paste it as plain text.</source>
        <translation>{field}: texten innehåller osynliga styrtecken. Skriv den igen eller klistra in den som ren text.</translation>
    </message>
    <message>
        <source>The category no longer exists. Choose another one.</source>
        <translation>Kategorin finns inte längre. Välj en annan.</translation>
    </message>
    <message>
        <source>That person is no longer on the staff list.</source>
        <translation>Den personen finns inte längre på personallistan.</translation>
    </message>
    <message>
        <source>The complaint cannot move from {from} to {to}.</source>
        <translation>Klagomålet kan inte gå från ”{from}” till ”{to}”.</translation>
    </message>
    <message>
        <source>The complaint is no longer there; it may have been deleted.</source>
        <translation>Klagomålet finns inte längre; det kan ha tagits bort.</translation>
    </message>
    <message>
        <source>{field} is no longer there; someone may have removed it.</source>
        <translation>Det här finns inte längre ({field}); någon kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>Skriv vad som gjordes.</translation>
    </message>
    <message>
        <source>Only the owner can bring back a deleted complaint. Choose the owner under “Working as”.</source>
        <translation>Bara ägaren kan ta tillbaka ett borttaget klagomål. Välj ägaren under ”Användare”.</translation>
    </message>
    <message>
        <source>Give a name.</source>
        <translation>Skriv ett namn.</translation>
    </message>
    <message>
        <source>That name is already on the list.</source>
        <translation>Det namnet finns redan på listan.</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaint log</source>
        <translation>Klagomålslogg</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Top problems</source>
        <translation>Vanligaste problemen</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Nytt klagomål</translation>
    </message>
    <message>
        <source>Log a new complaint (Ctrl+N)</source>
        <translation>Registrera ett nytt klagomål (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search names, phone numbers and words…</source>
        <translation>Sök på namn, telefonnummer och ord…</translation>
    </message>
    <message>
        <source>Finds complaints as you type: customer, phone number, e-mail, product or any word of the complaint and its steps. Accents and case do not matter.</source>
        <translation>Hittar klagomål medan du skriver: kund, telefonnummer, e-post, produkt eller vilket ord som helst i klagomålet och dess steg. Accenter och stora eller små bokstäver spelar ingen roll.</translation>
    </message>
    <message>
        <source>Working as:</source>
        <translation>Användare:</translation>
    </message>
    <message>
        <source>The person using PolicyDesk now; changes are recorded in their name.</source>
        <translation>Den som använder PolicyDesk just nu; ändringar sparas i den personens namn.</translation>
    </message>
    <message>
        <source>Categories &amp;&amp; staff…</source>
        <translation>Kategorier och personal…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Save the complaints shown as a CSV file</source>
        <translation>Spara klagomålen som visas som en CSV-fil</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <source>Add complaints from a CSV file</source>
        <translation>Lägg till klagomål från en CSV-fil</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Open (new, in progress, waiting)</source>
        <translation>Öppna (nya, pågående, väntande)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Alla datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Valfria datum</translation>
    </message>
    <message>
        <source>Received on or after this day</source>
        <translation>Mottagna den här dagen eller senare</translation>
    </message>
    <message>
        <source>Received on or before this day</source>
        <translation>Mottagna den här dagen eller tidigare</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Alla uppföljningar</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>Uppföljning i dag</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Uppföljning försenad</translation>
    </message>
    <message>
        <source>Follow-up due or overdue</source>
        <translation>Uppföljning i dag eller försenad</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagna</translation>
    </message>
    <message>
        <source>Show the deleted complaints (the bin); the owner can bring them back</source>
        <translation>Visa borttagna klagomål (papperskorgen); ägaren kan ta tillbaka dem</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Bring the chosen complaint back into the log</source>
        <translation>Ta tillbaka det valda klagomålet till loggen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation>%1 (används inte längre)</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>All personal</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (har slutat)</translation>
    </message>
    <message>
        <source>Nobody on the staff list</source>
        <translation>Ingen på personallistan</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (ägare)</translation>
    </message>
    <message>
        <source>Complaints shown: %1 or more (counting…)</source>
        <translation>Klagomål som visas: %1 eller fler (räknar…)</translation>
    </message>
    <message>
        <source>Deleted complaints: %1</source>
        <translation>Borttagna klagomål: %1</translation>
    </message>
    <message>
        <source>Complaints shown: %1</source>
        <translation>Klagomål som visas: %1</translation>
    </message>
    <message>
        <source>No follow-ups are due. Well done.</source>
        <translation>Inga uppföljningar väntar. Bra jobbat.</translation>
    </message>
    <message>
        <source>%1 follow-ups are due today or overdue; the earliest %2 are listed.</source>
        <translation>%1 uppföljningar ska göras i dag eller är försenade; de %2 tidigaste visas.</translation>
    </message>
    <message>
        <source>Call or write to these customers and ask whether they are satisfied. Overdue ones are in bold. Open one to record the outcome.</source>
        <translation>Ring eller skriv till de här kunderna och fråga om de är nöjda. De försenade står i fetstil. Öppna ett klagomål för att skriva in resultatet.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Uppföljningar att göra</translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation>Uppföljningar att göra (%1)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Försenad sedan %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Ska göras %1</translation>
    </message>
    <message>
        <source>Delete the complaint?</source>
        <translation>Ta bort klagomålet?</translation>
    </message>
    <message>
        <source>Complaint no. %1 leaves the log and goes to the bin. Nothing is lost: the owner can bring it back under “Deleted”.</source>
        <translation>Klagomål nr %1 flyttas från loggen till papperskorgen. Inget går förlorat: ägaren kan ta tillbaka det under ”Borttagna”.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>The complaint was not restored</source>
        <translation>Klagomålet återställdes inte</translation>
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
    <name>CsvExport</name>
    <message>
        <source>complaints %1.csv</source>
        <translation>klagomål %1.csv</translation>
    </message>
    <message>
        <source>Export Complaints as CSV</source>
        <translation>Exportera klagomål som CSV</translation>
    </message>
    <message>
        <source>Exporting complaints…</source>
        <translation>Exporterar klagomål…</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>No. (not kept)</source>
        <translation>Nr (sparas inte)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Mottaget av</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Utförda steg</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semikolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>komma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>The file is a picture, not a CSV file.</source>
        <translation>Filen är en bild, inte en CSV-fil.</translation>
    </message>
    <message>
        <source>The file is a PDF document, not a CSV file.</source>
        <translation>Filen är ett PDF-dokument, inte en CSV-fil.</translation>
    </message>
    <message>
        <source>The file is an Excel workbook. Open it in Excel and save it as “CSV UTF-8”.</source>
        <translation>Filen är en Excel-arbetsbok. Öppna den i Excel och spara den som ”CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file is a LibreOffice spreadsheet. Save it as “Text CSV” first.</source>
        <translation>Filen är ett LibreOffice-kalkylark. Spara det som ”Text CSV” först.</translation>
    </message>
    <message>
        <source>The file is a compressed archive, not a CSV file.</source>
        <translation>Filen är ett komprimerat arkiv, inte en CSV-fil.</translation>
    </message>
    <message>
        <source>The file is a database (perhaps a PolicyDesk file), not a CSV file.</source>
        <translation>Filen är en databas (kanske en PolicyDesk-fil), inte en CSV-fil.</translation>
    </message>
    <message>
        <source>The file is not a text file, so it cannot be a CSV file.</source>
        <translation>Filen är ingen textfil, så den kan inte vara en CSV-fil.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file has a header row but no complaints.</source>
        <translation>Filen har en rubrikrad men inga klagomål.</translation>
    </message>
    <message>
        <source>No column has a name PolicyDesk knows. Choose below what each column holds.</source>
        <translation>Ingen kolumn har ett namn som PolicyDesk känner igen. Välj nedan vad varje kolumn innehåller.</translation>
    </message>
    <message>
        <source>No column holds “%1”, which every complaint needs. Choose it below.</source>
        <translation>Ingen kolumn innehåller ”%1”, som varje klagomål behöver. Välj den nedan.</translation>
    </message>
    <message>
        <source>Two columns both hold “%1”. Choose one of them.</source>
        <translation>Två kolumner innehåller båda ”%1”. Välj en av dem.</translation>
    </message>
    <message>
        <source>A quotation mark is in the wrong place: a cell in quotes must end with one, and a quotation mark inside it is written twice.</source>
        <translation>Ett citattecken står på fel ställe: en cell inom citattecken måste sluta med ett citattecken, och ett citattecken inuti cellen skrivs två gånger.</translation>
    </message>
    <message>
        <source>A quotation mark opens a cell that never ends; the rest of the file cannot be read.</source>
        <translation>Ett citattecken inleder en cell som aldrig tar slut; resten av filen går inte att läsa.</translation>
    </message>
    <message>
        <source>A cell is longer than %1 characters (is a quotation mark not closed?); the rest of the file cannot be read.</source>
        <translation>En cell är längre än %1 tecken (saknas ett avslutande citattecken?); resten av filen går inte att läsa.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2. Is a separator inside a text that is not in quotes?</source>
        <translation>Raden har %1 celler men rubrikraden har %2. Finns det en avgränsare i en text som inte står inom citattecken?</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2. Does this row use another separator?</source>
        <translation>Raden har %1 celler men rubrikraden har %2. Använder den här raden en annan avgränsare?</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write for example 2026-03-09 14:30 or 09.03.2026 14:30.</source>
        <translation>”%1” är inget datum. Skriv till exempel 2026-03-09 14:30 eller 09.03.2026 14:30.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices for this column.</source>
        <translation>”%1” är inte ett av valen för den här kolumnen.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Write for example 1234,50.</source>
        <translation>”%1” är inget belopp. Skriv till exempel 1234,50.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as SEK, RON or EUR.</source>
        <translation>”%1” är ingen valutakod som SEK, RON eller EUR.</translation>
    </message>
    <message>
        <source>The line “%1” is not written as “date | staff | what was done”.</source>
        <translation>Raden ”%1” är inte skriven som ”datum | medarbetare | vad som gjordes”.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Rad %1, %2: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Import Complaints from a CSV File</source>
        <translation>Importera klagomål från en CSV-fil</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ingen fil vald.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Innehåller</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Första raden</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Vad varje kolumn innehåller</translation>
    </message>
    <message>
        <source>The first rows</source>
        <translation>De första raderna</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Rader med problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>Välj en CSV-fil</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>Encoding: %1 · Separator: %2 · Complaints: %3</source>
        <translation>Teckenkodning: %1 · Avgränsare: %2 · Klagomål: %3</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(hoppa över kolumnen)</translation>
    </message>
    <message>
        <source>All %1 complaints can be imported.</source>
        <translation>Alla %1 klagomål kan importeras.</translation>
    </message>
    <message>
        <source>Nothing can be imported until every problem is fixed in the file.</source>
        <translation>Inget kan importeras förrän alla problem är rättade i filen.</translation>
    </message>
    <message>
        <source>%1 problems in all; the first %2 are listed.</source>
        <translation>%1 problem totalt; de %2 första visas.</translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems.</source>
        <translation>%1 av %2 rader har problem.</translation>
    </message>
    <message>
        <source>Will add categories: %1</source>
        <translation>Nya kategorier som läggs till: %1</translation>
    </message>
    <message>
        <source>Will add staff: %1</source>
        <translation>Ny personal som läggs till: %1</translation>
    </message>
    <message>
        <source>Importing %1 complaints…</source>
        <translation>Importerar %1 klagomål…</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Importen avbröts</translation>
    </message>
    <message>
        <source>The import was cancelled; no complaint was added.</source>
        <translation>Importen avbröts; inga klagomål lades till.</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Inget importerades</translation>
    </message>
    <message>
        <source>The file has changed and now has problems; no complaint was added.</source>
        <translation>Filen har ändrats och har nu problem; inga klagomål lades till.</translation>
    </message>
    <message>
        <source>Import Done</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <source>%1 complaints were added.</source>
        <translation>%1 klagomål lades till.</translation>
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
    <name>ListsDialog</name>
    <message>
        <source>Categories and Staff</source>
        <translation>Kategorier och personal</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorier</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Flytta n&amp;er</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
    <message>
        <source>A hidden category is not offered for new complaints; the complaints that have it keep it.</source>
        <translation>En dold kategori går inte att välja för nya klagomål; klagomål som redan har den behåller den.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Lä&amp;gg till</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>B&amp;yt namn</translation>
    </message>
    <message>
        <source>Change R&amp;ole</source>
        <translation>Ä&amp;ndra roll</translation>
    </message>
    <message>
        <source>No &amp;Longer Works Here</source>
        <translation>Arbetar inte längre &amp;här</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;amn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (dold)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>The category was not added</source>
        <translation>Kategorin lades inte till</translation>
    </message>
    <message>
        <source>The category was not renamed</source>
        <translation>Kategorin fick inte nytt namn</translation>
    </message>
    <message>
        <source>%1 (no longer works here)</source>
        <translation>%1 (arbetar inte här längre)</translation>
    </message>
    <message>
        <source>Works &amp;Here Again</source>
        <translation>Arbetar &amp;här igen</translation>
    </message>
    <message>
        <source>The person was not added</source>
        <translation>Personen lades inte till</translation>
    </message>
    <message>
        <source>The person was not renamed</source>
        <translation>Personen fick inte nytt namn</translation>
    </message>
    <message>
        <source>The role was not changed</source>
        <translation>Rollen ändrades inte</translation>
    </message>
    <message>
        <source>The staff list was not changed</source>
        <translation>Personallistan ändrades inte</translation>
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
        <source>New &amp;Complaint…</source>
        <translation>Nytt k&amp;lagomål…</translation>
    </message>
    <message>
        <source>Log a new complaint</source>
        <translation>Registrera ett nytt klagomål</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Follow-ups due today or overdue: %1</source>
        <translation>Uppföljningar som ska göras i dag eller är försenade: %1</translation>
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
<context>
    <name>TopProblemsView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>No complaints in this period.</source>
        <translation>Inga klagomål under den här perioden.</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Senaste 90 dagarna</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Alla datum</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Valfri period</translation>
    </message>
    <message>
        <source>Complaints in the log: %1</source>
        <translation>Klagomål i loggen: %1</translation>
    </message>
    <message>
        <source>Complaints from %1 to %2: %3</source>
        <translation>Klagomål från %1 till %2: %3</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Ingen kategori</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Complaints per category</source>
        <translation>Klagomål per kategori</translation>
    </message>
</context>
</TS>
