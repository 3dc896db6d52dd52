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
    <name>ComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>Reclamație nouă</translation>
    </message>
    <message>
        <source>Complaint {number}</source>
        <translation>Reclamația nr. {number}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>Reclamația</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Soluție</translation>
    </message>
    <message>
        <source>Follow-up and compensation</source>
        <translation>Urmărire și despăgubire</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation>Ce s-a întâmplat, în cuvintele clientului</translation>
    </message>
    <message>
        <source>e.g. 070-123 45 67</source>
        <translation>ex. 0721 234 567</translation>
    </message>
    <message>
        <source>e.g. name@example.se</source>
        <translation>ex. nume@example.ro</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Fără categorie</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nespecificat</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>Încă fără rezultat</translation>
    </message>
    <message>
        <source>No compensation</source>
        <translation>Fără despăgubire</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>After</source>
        <translation>După</translation>
    </message>
    <message>
        <source>What was done, e.g. called the supplier</source>
        <translation>Ce s-a făcut, de ex. am sunat furnizorul</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Adaugă pasul</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save the complaint (Ctrl+Enter)</source>
        <translation>Salvează reclamația (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <source>The draft could not be kept: {reason}</source>
        <translation>Ciorna nu a putut fi păstrată: {reason}</translation>
    </message>
    <message>
        <source>Draft kept at {time}</source>
        <translation>Ciornă păstrată la {time}</translation>
    </message>
    <message>
        <source>The amount may hold only digits and a decimal comma or point, as in {example}.</source>
        <translation>Suma poate conține doar cifre și o virgulă sau un punct zecimal, ca în {example}.</translation>
    </message>
    <message>
        <source>The amount has too many decimals: {currency} has {count}.</source>
        <translation>Suma are prea multe zecimale: {currency} are {count}.</translation>
    </message>
    <message>
        <source>The amount is not a number. Type it as in {example}.</source>
        <translation>Suma nu este un număr. Scrieți-o ca în {example}.</translation>
    </message>
    <message>
        <source>Discard this complaint?</source>
        <translation>Renunțați la această reclamație?</translation>
    </message>
    <message>
        <source>What you typed has not been saved and will be thrown away.</source>
        <translation>Ce ați scris nu a fost salvat și se va pierde.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Renunțați la modificări?</translation>
    </message>
    <message>
        <source>Your changes to complaint {number} have not been saved.</source>
        <translation>Modificările la reclamația nr. {number} nu au fost salvate.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuă editarea</translation>
    </message>
    <message>
        <source>Close the complaint form?</source>
        <translation>Închideți formularul reclamației?</translation>
    </message>
    <message>
        <source>The complaint has not been saved. Keep it as a draft to finish it later, or discard it?</source>
        <translation>Reclamația nu a fost salvată. O păstrați ca ciornă, ca s-o terminați mai târziu, sau renunțați la ea?</translation>
    </message>
    <message>
        <source>Keep as Draft</source>
        <translation>Păstrează ca ciornă</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Stare: {status}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(ștearsă)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Starea nu a fost schimbată</translation>
    </message>
    <message>
        <source>Step not added</source>
        <translation>Pasul nu a fost adăugat</translation>
    </message>
    <message>
        <source>Delete complaint {number}?</source>
        <translation>Ștergeți reclamația nr. {number}?</translation>
    </message>
    <message>
        <source>The complaint leaves the log and goes to the bin, from where the owner can bring it back.</source>
        <translation>Reclamația iese din registru și ajunge în coș, de unde proprietarul o poate readuce.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Păstrează</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>Complaint</source>
        <translation>Reclamație</translation>
    </message>
    <message>
        <source>The first words of the complaint (this column cannot be sorted)</source>
        <translation>Primele cuvinte ale reclamației (această coloană nu se poate sorta)</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Făcută %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (întârziată)</translation>
    </message>
    <message>
        <source>Followed up on %1</source>
        <translation>Urmărire făcută pe %1</translation>
    </message>
    <message>
        <source>The follow-up was due on %1 and is overdue</source>
        <translation>Urmărirea trebuia făcută pe %1 și este întârziată</translation>
    </message>
    <message>
        <source>Follow up on %1</source>
        <translation>Urmărire programată pe %1</translation>
    </message>
</context>
<context>
    <name>ComplaintTexts</name>
    <message>
        <source>At the counter</source>
        <translation>La ghișeu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Rețele sociale</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Scrisoare</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouă</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>În lucru</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>În așteptarea clientului</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvată</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Urmărire făcută</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Redeschide</translation>
    </message>
    <message>
        <source>Mark as New</source>
        <translation>Marchează ca nouă</translation>
    </message>
    <message>
        <source>Start Work</source>
        <translation>Începe lucrul</translation>
    </message>
    <message>
        <source>Wait for the Customer</source>
        <translation>Așteaptă clientul</translation>
    </message>
    <message>
        <source>Mark Resolved</source>
        <translation>Marchează ca rezolvată</translation>
    </message>
    <message>
        <source>Close after Follow-up</source>
        <translation>Închide după urmărire</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Mulțumit</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Nemulțumit</translation>
    </message>
    <message>
        <source>Could not reach</source>
        <translation>Nu a putut fi contactat</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rambursare</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Înlocuire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Reducere</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadou</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altele</translation>
    </message>
    <message>
        <source>Faulty product</source>
        <translation>Produs defect</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livrare</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Timp de așteptare</translation>
    </message>
    <message>
        <source>Staff conduct</source>
        <translation>Comportamentul personalului</translation>
    </message>
    <message>
        <source>Price and billing</source>
        <translation>Preț și facturare</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informații</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retururi</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primită</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Primită de</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Urmărire</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamație</translation>
    </message>
    <message>
        <source>Product or order</source>
        <translation>Produs sau comandă</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Numele clientului</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>The customer asks for</source>
        <translation>Clientul cere</translation>
    </message>
    <message>
        <source>Agreed resolution</source>
        <translation>Soluția convenită</translation>
    </message>
    <message>
        <source>Resolved on the spot</source>
        <translation>Rezolvată pe loc</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promis până la</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Data urmăririi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Notă despre urmărire</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Despăgubire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>How to avoid it next time</source>
        <translation>Cum evităm data viitoare</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Ștearsă</translation>
    </message>
    <message>
        <source>Step taken</source>
        <translation>Pas făcut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Write down what the customer complained about.</source>
        <translation>Scrieți ce a reclamat clientul.</translation>
    </message>
    <message>
        <source>Give the date and time the complaint came in.</source>
        <translation>Introduceți data și ora la care a venit reclamația.</translation>
    </message>
    <message>
        <source>{field} is in the future. Check the date and time.</source>
        <translation>{field}: data este în viitor. Verificați data și ora.</translation>
    </message>
    <message>
        <source>{field} is before the complaint came in. Check the date and time.</source>
        <translation>{field}: data este înainte de sosirea reclamației. Verificați data și ora.</translation>
    </message>
    <message>
        <source>A follow-up is planned: give a phone number or an e-mail address to reach the customer, or remove the follow-up date.</source>
        <translation>Este programată o urmărire: introduceți un număr de telefon sau o adresă de e-mail la care poate fi contactat clientul, sau ștergeți data urmăririi.</translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces, dashes, brackets and a leading +.</source>
        <translation>Numărul de telefon poate conține doar cifre, spații, cratime, paranteze și un + la început.</translation>
    </message>
    <message>
        <source>The phone number is too short: it needs at least {min} digits. Include the area code, e.g. 08-123 456 78 or 021 123 4567.</source>
        <translation>Numărul de telefon este prea scurt: trebuie să aibă cel puțin {min} cifre. Includeți prefixul, de ex. 021 123 4567 sau 08-123 456 78.</translation>
    </message>
    <message>
        <source>The phone number has more than {max} digits. Check for a digit typed twice.</source>
        <translation>Numărul de telefon are mai mult de {max} cifre. Verificați dacă nu ați scris o cifră de două ori.</translation>
    </message>
    <message>
        <source>The e-mail address needs one @, as in name@example.se.</source>
        <translation>Adresa de e-mail trebuie să conțină un @, ca în nume@example.ro.</translation>
    </message>
    <message>
        <source>The e-mail address may not contain spaces.</source>
        <translation>Adresa de e-mail nu poate conține spații.</translation>
    </message>
    <message>
        <source>The part after @ ({domain}) is not a complete domain, as in example.se or example.ro.</source>
        <translation>Partea de după @ ({domain}) nu este un domeniu complet, ca example.ro sau example.se.</translation>
    </message>
    <message>
        <source>The compensation cannot be a negative amount.</source>
        <translation>Despăgubirea nu poate fi o sumă negativă.</translation>
    </message>
    <message>
        <source>The compensation amount is implausibly large. Check the number.</source>
        <translation>Suma despăgubirii este neverosimil de mare. Verificați numărul.</translation>
    </message>
    <message>
        <source>Choose what kind of compensation the amount is: refund, replacement, discount, gift or other.</source>
        <translation>Alegeți ce fel de despăgubire este suma: rambursare, înlocuire, reducere, cadou sau altele.</translation>
    </message>
    <message>
        <source>Give the date and time of the follow-up, or clear its outcome.</source>
        <translation>Introduceți data și ora urmăririi sau ștergeți rezultatul.</translation>
    </message>
    <message>
        <source>Choose the follow-up&apos;s outcome: satisfied, not satisfied or could not reach.</source>
        <translation>Alegeți rezultatul urmăririi: mulțumit, nemulțumit sau nu a putut fi contactat.</translation>
    </message>
    <message>
        <source>{field} is too long: at most {max} characters.</source>
        <translation>{field}: textul este prea lung; numărul maxim de caractere este {max}.</translation>
    </message>
    <message>
        <source>{field} contains invisible control characters. Retype or paste it as plain text.</source>
        <translation>{field}: textul conține caractere de control invizibile. Scrieți-l din nou sau lipiți-l ca text simplu.</translation>
    </message>
    <message>
        <source>The category no longer exists. Choose another one.</source>
        <translation>Categoria nu mai există. Alegeți alta.</translation>
    </message>
    <message>
        <source>That person is no longer on the staff list.</source>
        <translation>Această persoană nu mai este pe lista de personal.</translation>
    </message>
    <message>
        <source>The complaint cannot move from {from} to {to}.</source>
        <translation>Reclamația nu poate trece din „{from}” în „{to}”.</translation>
    </message>
    <message>
        <source>The complaint is no longer there; it may have been deleted.</source>
        <translation>Reclamația nu mai există; poate a fost ștearsă.</translation>
    </message>
    <message>
        <source>{field} is no longer there; someone may have removed it.</source>
        <translation>Elementul nu mai există ({field}); poate l-a șters cineva între timp.</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>Scrieți ce s-a făcut.</translation>
    </message>
    <message>
        <source>Only the owner can bring back a deleted complaint. Choose the owner under “Working as”.</source>
        <translation>Doar proprietarul poate readuce o reclamație ștearsă. Alegeți proprietarul la „Utilizator”.</translation>
    </message>
    <message>
        <source>Give a name.</source>
        <translation>Scrieți un nume.</translation>
    </message>
    <message>
        <source>That name is already on the list.</source>
        <translation>Acest nume este deja pe listă.</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaint log</source>
        <translation>Registrul de reclamații</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registru</translation>
    </message>
    <message>
        <source>Top problems</source>
        <translation>Problemele frecvente</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>Reclamație nouă</translation>
    </message>
    <message>
        <source>Log a new complaint (Ctrl+N)</source>
        <translation>Înregistrează o reclamație nouă (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search names, phone numbers and words…</source>
        <translation>Caută nume, numere de telefon și cuvinte…</translation>
    </message>
    <message>
        <source>Finds complaints as you type: customer, phone number, e-mail, product or any word of the complaint and its steps. Accents and case do not matter.</source>
        <translation>Găsește reclamațiile pe măsură ce scrieți: client, număr de telefon, e-mail, produs sau orice cuvânt din reclamație și din pașii ei. Diacriticele și literele mari sau mici nu contează.</translation>
    </message>
    <message>
        <source>Working as:</source>
        <translation>Utilizator:</translation>
    </message>
    <message>
        <source>The person using PolicyDesk now; changes are recorded in their name.</source>
        <translation>Persoana care folosește acum PolicyDesk; modificările se înregistrează pe numele ei.</translation>
    </message>
    <message>
        <source>Categories &amp;&amp; staff…</source>
        <translation>Categorii și personal…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <source>Save the complaints shown as a CSV file</source>
        <translation>Salvează reclamațiile afișate într-un fișier CSV</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importă…</translation>
    </message>
    <message>
        <source>Add complaints from a CSV file</source>
        <translation>Adaugă reclamații dintr-un fișier CSV</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Toate stările</translation>
    </message>
    <message>
        <source>Open (new, in progress, waiting)</source>
        <translation>Deschise (noi, în lucru, în așteptare)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Toate canalele</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toată perioada</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimele 7 zile</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimele 30 de zile</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Perioadă la alegere</translation>
    </message>
    <message>
        <source>Received on or after this day</source>
        <translation>Primite în această zi sau după</translation>
    </message>
    <message>
        <source>Received on or before this day</source>
        <translation>Primite în această zi sau înainte</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Orice urmărire</translation>
    </message>
    <message>
        <source>Follow-up due today</source>
        <translation>Urmărire scadentă azi</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Urmărire întârziată</translation>
    </message>
    <message>
        <source>Follow-up due or overdue</source>
        <translation>Urmărire scadentă sau întârziată</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Șterse</translation>
    </message>
    <message>
        <source>Show the deleted complaints (the bin); the owner can bring them back</source>
        <translation>Arată reclamațiile șterse (coșul); proprietarul le poate readuce</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurează</translation>
    </message>
    <message>
        <source>Bring the chosen complaint back into the log</source>
        <translation>Readu reclamația aleasă în registru</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Șterge filtrele</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toate categoriile</translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation>%1 (nu se mai folosește)</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Tot personalul</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (a plecat)</translation>
    </message>
    <message>
        <source>Nobody on the staff list</source>
        <translation>Nimeni pe lista de personal</translation>
    </message>
    <message>
        <source>%1 (owner)</source>
        <translation>%1 (proprietar)</translation>
    </message>
    <message>
        <source>Complaints shown: %1 or more (counting…)</source>
        <translation>Reclamații afișate: %1 sau mai multe (se numără…)</translation>
    </message>
    <message>
        <source>Deleted complaints: %1</source>
        <translation>Reclamații șterse: %1</translation>
    </message>
    <message>
        <source>Complaints shown: %1</source>
        <translation>Reclamații afișate: %1</translation>
    </message>
    <message>
        <source>No follow-ups are due. Well done.</source>
        <translation>Nu aveți nicio urmărire de făcut. Foarte bine.</translation>
    </message>
    <message>
        <source>%1 follow-ups are due today or overdue; the earliest %2 are listed.</source>
        <translation>Urmăriri scadente azi sau întârziate: %1; sunt afișate primele %2.</translation>
    </message>
    <message>
        <source>Call or write to these customers and ask whether they are satisfied. Overdue ones are in bold. Open one to record the outcome.</source>
        <translation>Sunați sau scrieți acestor clienți și întrebați-i dacă sunt mulțumiți. Cele întârziate sunt scrise îngroșat. Deschideți o reclamație ca să notați rezultatul.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Urmăriri de făcut</translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation>Urmăriri de făcut (%1)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Întârziată din %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Scadentă %1</translation>
    </message>
    <message>
        <source>Delete the complaint?</source>
        <translation>Ștergeți reclamația?</translation>
    </message>
    <message>
        <source>Complaint no. %1 leaves the log and goes to the bin. Nothing is lost: the owner can bring it back under “Deleted”.</source>
        <translation>Reclamația nr. %1 iese din registru și ajunge în coș. Nu se pierde nimic: proprietarul o poate readuce din „Șterse”.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Păstrează</translation>
    </message>
    <message>
        <source>The complaint was not restored</source>
        <translation>Reclamația nu a fost restaurată</translation>
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
    <name>CsvExport</name>
    <message>
        <source>complaints %1.csv</source>
        <translation>reclamații %1.csv</translation>
    </message>
    <message>
        <source>Export Complaints as CSV</source>
        <translation>Exportați reclamațiile ca CSV</translation>
    </message>
    <message>
        <source>Exporting complaints…</source>
        <translation>Se exportă reclamațiile…</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>No. (not kept)</source>
        <translation>Nr. (nu se păstrează)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Primită de</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Pași făcuți</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>punct și virgulă (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>virgulă (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>The file is a picture, not a CSV file.</source>
        <translation>Fișierul este o imagine, nu un fișier CSV.</translation>
    </message>
    <message>
        <source>The file is a PDF document, not a CSV file.</source>
        <translation>Fișierul este un document PDF, nu un fișier CSV.</translation>
    </message>
    <message>
        <source>The file is an Excel workbook. Open it in Excel and save it as “CSV UTF-8”.</source>
        <translation>Fișierul este un registru Excel. Deschideți-l în Excel și salvați-l ca „CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file is a LibreOffice spreadsheet. Save it as “Text CSV” first.</source>
        <translation>Fișierul este o foaie de calcul LibreOffice. Salvați-o mai întâi ca „Text CSV”.</translation>
    </message>
    <message>
        <source>The file is a compressed archive, not a CSV file.</source>
        <translation>Fișierul este o arhivă comprimată, nu un fișier CSV.</translation>
    </message>
    <message>
        <source>The file is a database (perhaps a PolicyDesk file), not a CSV file.</source>
        <translation>Fișierul este o bază de date (poate un fișier PolicyDesk), nu un fișier CSV.</translation>
    </message>
    <message>
        <source>The file is not a text file, so it cannot be a CSV file.</source>
        <translation>Fișierul nu este un fișier text, deci nu poate fi un fișier CSV.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fișierul este gol.</translation>
    </message>
    <message>
        <source>The file has a header row but no complaints.</source>
        <translation>Fișierul are un rând de antet, dar nicio reclamație.</translation>
    </message>
    <message>
        <source>No column has a name PolicyDesk knows. Choose below what each column holds.</source>
        <translation>Nicio coloană nu are un nume cunoscut de PolicyDesk. Alegeți mai jos ce conține fiecare coloană.</translation>
    </message>
    <message>
        <source>No column holds “%1”, which every complaint needs. Choose it below.</source>
        <translation>Nicio coloană nu conține „%1”, de care are nevoie fiecare reclamație. Alegeți coloana mai jos.</translation>
    </message>
    <message>
        <source>Two columns both hold “%1”. Choose one of them.</source>
        <translation>Două coloane conțin amândouă „%1”. Alegeți una dintre ele.</translation>
    </message>
    <message>
        <source>A quotation mark is in the wrong place: a cell in quotes must end with one, and a quotation mark inside it is written twice.</source>
        <translation>Ghilimelele sunt puse greșit: o celulă între ghilimele trebuie să se încheie cu ghilimele, iar ghilimelele din interiorul ei se scriu de două ori.</translation>
    </message>
    <message>
        <source>A quotation mark opens a cell that never ends; the rest of the file cannot be read.</source>
        <translation>Ghilimelele deschid o celulă care nu se mai încheie; restul fișierului nu poate fi citit.</translation>
    </message>
    <message>
        <source>A cell is longer than %1 characters (is a quotation mark not closed?); the rest of the file cannot be read.</source>
        <translation>O celulă depășește lungimea maximă (%1 caractere) – poate lipsesc ghilimelele de închidere; restul fișierului nu poate fi citit.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2. Is a separator inside a text that is not in quotes?</source>
        <translation>Rândul are alt număr de celule (%1) decât antetul (%2). Există un separator într-un text care nu este între ghilimele?</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2. Does this row use another separator?</source>
        <translation>Rândul are alt număr de celule (%1) decât antetul (%2). Folosește acest rând alt separator?</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write for example 2026-03-09 14:30 or 09.03.2026 14:30.</source>
        <translation>„%1” nu este o dată. Scrieți de exemplu 2026-03-09 14:30 sau 09.03.2026 14:30.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices for this column.</source>
        <translation>„%1” nu este una dintre variantele pentru această coloană.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Write for example 1234,50.</source>
        <translation>„%1” nu este o sumă. Scrieți de exemplu 1234,50.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as SEK, RON or EUR.</source>
        <translation>„%1” nu este un cod de monedă precum SEK, RON sau EUR.</translation>
    </message>
    <message>
        <source>The line “%1” is not written as “date | staff | what was done”.</source>
        <translation>Linia „%1” nu este scrisă sub forma „dată | angajat | ce s-a făcut”.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Rândul %1, %2: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rândul %1: %2</translation>
    </message>
    <message>
        <source>Import Complaints from a CSV File</source>
        <translation>Importați reclamații dintr-un fișier CSV</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Niciun fișier ales.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Alege fișierul…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coloana din fișier</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Conține</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Primul rând</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Ce conține fiecare coloană</translation>
    </message>
    <message>
        <source>The first rows</source>
        <translation>Primele rânduri</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Rânduri cu probleme</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importă</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>Alegeți un fișier CSV</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Se citește %1…</translation>
    </message>
    <message>
        <source>Encoding: %1 · Separator: %2 · Complaints: %3</source>
        <translation>Codificare: %1 · Separator: %2 · Reclamații: %3</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignoră această coloană)</translation>
    </message>
    <message>
        <source>All %1 complaints can be imported.</source>
        <translation>Toate reclamațiile (%1) pot fi importate.</translation>
    </message>
    <message>
        <source>Nothing can be imported until every problem is fixed in the file.</source>
        <translation>Nu se poate importa nimic până nu sunt corectate toate problemele din fișier.</translation>
    </message>
    <message>
        <source>%1 problems in all; the first %2 are listed.</source>
        <translation>Probleme în total: %1; sunt afișate primele %2.</translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems.</source>
        <translation>Rânduri cu probleme: %1 din %2.</translation>
    </message>
    <message>
        <source>Will add categories: %1</source>
        <translation>Se vor adăuga categoriile: %1</translation>
    </message>
    <message>
        <source>Will add staff: %1</source>
        <translation>Se vor adăuga în personal: %1</translation>
    </message>
    <message>
        <source>Importing %1 complaints…</source>
        <translation>Se importă reclamațiile (%1)…</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Import anulat</translation>
    </message>
    <message>
        <source>The import was cancelled; no complaint was added.</source>
        <translation>Importul a fost anulat; nu s-a adăugat nicio reclamație.</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nu s-a importat nimic</translation>
    </message>
    <message>
        <source>The file has changed and now has problems; no complaint was added.</source>
        <translation>Fișierul s-a modificat și acum are probleme; nu s-a adăugat nicio reclamație.</translation>
    </message>
    <message>
        <source>Import Done</source>
        <translation>Import încheiat</translation>
    </message>
    <message>
        <source>%1 complaints were added.</source>
        <translation>Reclamații adăugate: %1.</translation>
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
    <name>ListsDialog</name>
    <message>
        <source>Categories and Staff</source>
        <translation>Categorii și personal</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Categorii</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adaugă</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Redenumește</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mută în &amp;sus</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mută în &amp;jos</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ascun&amp;de</translation>
    </message>
    <message>
        <source>A hidden category is not offered for new complaints; the complaints that have it keep it.</source>
        <translation>O categorie ascunsă nu mai apare la reclamațiile noi; reclamațiile care o au deja o păstrează.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;daugă</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>R&amp;edenumește</translation>
    </message>
    <message>
        <source>Change R&amp;ole</source>
        <translation>Schimbă r&amp;olul</translation>
    </message>
    <message>
        <source>No &amp;Longer Works Here</source>
        <translation>Nu mai lucrează &amp;aici</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ume:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietar</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Angajat</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ascunsă)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Ara&amp;tă</translation>
    </message>
    <message>
        <source>The category was not added</source>
        <translation>Categoria nu a fost adăugată</translation>
    </message>
    <message>
        <source>The category was not renamed</source>
        <translation>Categoria nu a fost redenumită</translation>
    </message>
    <message>
        <source>%1 (no longer works here)</source>
        <translation>%1 (nu mai lucrează aici)</translation>
    </message>
    <message>
        <source>Works &amp;Here Again</source>
        <translation>Lucrează &amp;iar aici</translation>
    </message>
    <message>
        <source>The person was not added</source>
        <translation>Persoana nu a fost adăugată</translation>
    </message>
    <message>
        <source>The person was not renamed</source>
        <translation>Persoana nu a fost redenumită</translation>
    </message>
    <message>
        <source>The role was not changed</source>
        <translation>Rolul nu a fost schimbat</translation>
    </message>
    <message>
        <source>The staff list was not changed</source>
        <translation>Lista de personal nu a fost modificată</translation>
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
        <source>New &amp;Complaint…</source>
        <translation>R&amp;eclamație nouă…</translation>
    </message>
    <message>
        <source>Log a new complaint</source>
        <translation>Înregistrează o reclamație nouă</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Follow-ups due today or overdue: %1</source>
        <translation>Urmăriri scadente azi sau întârziate: %1</translation>
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
<context>
    <name>TopProblemsView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Perioada:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Prima zi</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ultima zi</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamații</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Pondere</translation>
    </message>
    <message>
        <source>No complaints in this period.</source>
        <translation>Nicio reclamație în această perioadă.</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimele 30 de zile</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ultimele 90 de zile</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimele 12 luni</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anul trecut</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toată perioada</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Perioadă la alegere</translation>
    </message>
    <message>
        <source>Complaints in the log: %1</source>
        <translation>Reclamații în registru: %1</translation>
    </message>
    <message>
        <source>Complaints from %1 to %2: %3</source>
        <translation>Reclamații de la %1 până la %2: %3</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Fără categorie</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Complaints per category</source>
        <translation>Reclamații pe categorii</translation>
    </message>
</context>
</TS>
