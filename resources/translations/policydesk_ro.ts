<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add an action</source>
        <translation>Adăugați o acțiune</translation>
    </message>
    <message>
        <source>Edit the action</source>
        <translation>Modificați acțiunea</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce trebuie făcut</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Ce:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Cine:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Termen:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stare:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>What is to be done</source>
        <translation>Ce trebuie făcut</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Cine se ocupă</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Scoate</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Scoate această acțiune</translation>
    </message>
</context>
<context>
    <name>AreasStep</name>
    <message>
        <source>What do you sell, and which services come with it (delivery, special orders, repairs)? What should every customer know you offer, and what do you not do?</source>
        <translation>Ce vindeți și ce servicii oferiți pe lângă (livrare, comenzi speciale, reparații)? Ce ar trebui să știe fiecare client că oferiți și ce nu faceți?</translation>
    </message>
    <message>
        <source>How do customers order, and how soon is an order ready? How long may a customer wait in the shop, and on the phone? What do you do when the queue grows?</source>
        <translation>Cum comandă clienții și în cât timp este gata o comandă? Cât poate aștepta un client în magazin și la telefon? Ce faceți când se face coadă?</translation>
    </message>
    <message>
        <source>How do you explain returns, delivery and payment, and where can customers read it? How do staff mention add-ons without pressing anyone to buy?</source>
        <translation>Cum explicați returul, livrarea și plata și unde pot citi clienții aceste lucruri? Cum recomandă personalul produse suplimentare fără să forțeze pe nimeni să cumpere?</translation>
    </message>
    <message>
        <source>Who is the customer&apos;s named contact after a purchase, and when will they hear from you? How do they get help, and how do they complain?</source>
        <translation>Cine este persoana de contact a clientului după cumpărare și când va primi vești de la dumneavoastră? Cum primește ajutor și cum face o reclamație?</translation>
    </message>
    <message>
        <source>How quickly is a complaint dealt with? How much may staff put right on the spot? When does it go to someone else, how is the customer compensated, and who checks afterwards that all is well?</source>
        <translation>Cât de repede se rezolvă o reclamație? Cât poate îndrepta personalul pe loc? Când trece cazul la altcineva, cum este despăgubit clientul și cine verifică apoi că totul este în regulă?</translation>
    </message>
    <message>
        <source>Do you get in touch a month or so after a purchase? Do you send a newsletter, or run a club or a forum? What makes a customer come back?</source>
        <translation>Luați legătura cu clientul la aproximativ o lună după cumpărare? Trimiteți un buletin informativ sau aveți un club ori un forum? Ce îl face pe un client să revină?</translation>
    </message>
    <message>
        <source>How do staff hear what customers say about their work? How do you share the results, and how is good service recognised?</source>
        <translation>Cum află personalul ce spun clienții despre munca lui? Cum comunicați rezultatele și cum este răsplătit un serviciu bun?</translation>
    </message>
    <message>
        <source>We bake bread, buns and cakes every morning, take orders for birthdays and parties, and deliver to offices nearby on weekdays. Special cakes need two days&apos; notice.</source>
        <translation>Coacem în fiecare dimineață pâine, chifle și prăjituri, primim comenzi pentru zile de naștere și petreceri și, în zilele lucrătoare, livrăm la birourile din apropiere. Torturile speciale se comandă cu două zile înainte.</translation>
    </message>
    <message>
        <source>An order at the counter or by phone takes a minute; a special cake is ready in two days. Nobody should wait more than five minutes in the shop: when the queue reaches the door, a baker comes out to help. We answer the phone within four rings while we are open.</source>
        <translation>O comandă la ghișeu sau la telefon durează un minut; un tort special este gata în două zile. Nimeni nu ar trebui să aștepte mai mult de cinci minute în magazin: când coada ajunge la ușă, vine și un brutar să ajute. Cât timp suntem deschiși, răspundem la telefon înainte să sune de patru ori.</translation>
    </message>
    <message>
        <source>Prices, allergens and our promise to replace anything that is not right hang by the till and are on our website. We take cards and cash. We suggest candles or a card with a cake when it fits, and never more than once.</source>
        <translation>Prețurile, alergenii și promisiunea noastră că înlocuim orice produs care nu este în regulă sunt afișate lângă casă și pe site-ul nostru. Acceptăm card și numerar. Când se potrivește, propunem lumânări sau o felicitare la tort, dar niciodată de două ori.</translation>
    </message>
    <message>
        <source>Whoever takes a special order writes their name on the receipt and is the customer&apos;s contact. We call the day before collection to confirm. Questions and complaints are welcome in the shop, by phone or by e-mail; we answer within one working day.</source>
        <translation>Cine preia o comandă specială își scrie numele pe bon și este persoana de contact a clientului. Cu o zi înainte de ridicare sunăm ca să confirmăm. Întrebările și reclamațiile sunt binevenite în magazin, la telefon sau pe e-mail; răspundem în cel mult o zi lucrătoare.</translation>
    </message>
    <message>
        <source>A complaint is dealt with the same day. Staff may replace or refund an order on the spot up to the limit in the staff guidelines; anything bigger goes to the owner within a day. We call a week later to ask whether all is well.</source>
        <translation>O reclamație se rezolvă în aceeași zi. Personalul poate înlocui o comandă sau poate da banii înapoi pe loc, până la limita din îndrumările pentru personal; orice sumă mai mare ajunge la proprietar în cel mult o zi. După o săptămână sunăm să întrebăm dacă totul este în regulă.</translation>
    </message>
    <message>
        <source>A month after a cake order we send a short thank-you with a coupon for a coffee. Regulars get a stamp card, and a monthly newsletter tells what is new in the shop.</source>
        <translation>La o lună după o comandă de tort trimitem un scurt mesaj de mulțumire, cu un cupon pentru o cafea. Clienții fideli primesc un card de fidelitate cu ștampile, iar un buletin informativ lunar le spune ce e nou în magazin.</translation>
    </message>
    <message>
        <source>Praise and complaints from customers are read out at the Monday meeting, with the name of whoever served the customer when it was praise. The kindest customer comment of the month earns the team a lunch.</source>
        <translation>Laudele și reclamațiile clienților se citesc la ședința de luni, iar la laude spunem și numele celui care l-a servit pe client. Pentru cel mai frumos comentariu al lunii, echipa primește un prânz.</translation>
    </message>
    <message>
        <source>e.g. Orders and advice; a baker helps at rush</source>
        <translation>ex. Comenzi și sfaturi; la aglomerație ajută și un brutar</translation>
    </message>
    <message>
        <source>e.g. Orders and questions; call back the same day</source>
        <translation>ex. Comenzi și întrebări; sunăm înapoi în aceeași zi</translation>
    </message>
    <message>
        <source>e.g. Special orders; reply within one working day</source>
        <translation>ex. Comenzi speciale; răspuns în cel mult o zi lucrătoare</translation>
    </message>
    <message>
        <source>e.g. Opening hours, prices and the order form</source>
        <translation>ex. Programul, prețurile și formularul de comandă</translation>
    </message>
    <message>
        <source>e.g. Today&apos;s bread; questions go to e-mail</source>
        <translation>ex. Pâinea zilei; întrebările se trimit pe e-mail</translation>
    </message>
    <message>
        <source>e.g. Invoices only; answered within a week</source>
        <translation>ex. Doar facturi; răspuns în cel mult o săptămână</translation>
    </message>
    <message>
        <source>e.g. Warm, and greet regulars by name</source>
        <translation>ex. Cald; îi salutăm pe clienții fideli pe nume</translation>
    </message>
    <message>
        <source>e.g. Say the shop&apos;s name and your own</source>
        <translation>ex. Spuneți numele magazinului și pe al dumneavoastră</translation>
    </message>
    <message>
        <source>e.g. Friendly and short, signed with a name</source>
        <translation>ex. Prietenos și scurt, semnat cu un nume</translation>
    </message>
    <message>
        <source>e.g. Plain words, no small print</source>
        <translation>ex. Cuvinte simple, fără clauze ascunse</translation>
    </message>
    <message>
        <source>e.g. Cheerful; never argue in public</source>
        <translation>ex. Vesel; nu ne contrazicem niciodată în public</translation>
    </message>
    <message>
        <source>e.g. Polite and complete</source>
        <translation>ex. Politicos și complet</translation>
    </message>
    <message>
        <source>Include in the printed policy</source>
        <translation>Includeți în politica tipărită</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Nimic scris încă</translation>
    </message>
    <message>
        <source>%1: strategy</source>
        <translation>%1: strategie</translation>
    </message>
    <message>
        <source>%1: tone of voice</source>
        <translation>%1: tonul comunicării</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now say what customers can expect in each area of service. Keep it simple and friendly: a few sentences per area, written so that a customer would understand them. Look at the rules customers find most annoying (small print, fees, “not our department”) and drop them if you can.&lt;/p&gt;&lt;p&gt;The questions under each heading help you start; the example comes from a small bakery. Untick &lt;b&gt;Include in the printed policy&lt;/b&gt; for an area you want to keep for yourselves: it stays here but is left out of the print. Fold away the areas you are done with.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Acum spuneți ce pot aștepta clienții în fiecare domeniu al serviciilor. Păstrați totul simplu și prietenos: câteva propoziții pentru fiecare domeniu, scrise astfel încât să le înțeleagă un client. Uitați-vă la regulile care îi enervează cel mai tare pe clienți (clauze scrise mărunt, taxe, „nu ține de noi”) și renunțați la ele dacă puteți.&lt;/p&gt;&lt;p&gt;Întrebările de sub fiecare titlu vă ajută să începeți; exemplul vine de la o mică brutărie. Debifați &lt;b&gt;Includeți în politica tipărită&lt;/b&gt; pentru un domeniu pe care vreți să-l păstrați doar pentru dumneavoastră: rămâne aici, dar nu apare la tipărire. Restrângeți domeniile pe care le-ați terminat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unfold All</source>
        <translation>Extinde tot</translation>
    </message>
    <message>
        <source>Fold All</source>
        <translation>Restrânge tot</translation>
    </message>
    <message>
        <source>Strategy and tone of voice per channel</source>
        <translation>Strategia și tonul comunicării pe canale</translation>
    </message>
    <message>
        <source>For each way customers reach you: what the channel is for and what you promise there (the strategy), and how you sound (the tone of voice). A line or two is enough; leave the channels you do not use empty.</source>
        <translation>Pentru fiecare cale prin care vă contactează clienții: la ce folosește canalul și ce promiteți acolo (strategia) și cum vă exprimați (tonul comunicării). Un rând sau două sunt de ajuns; lăsați goale canalele pe care nu le folosiți.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Tone of voice</source>
        <translation>Tonul comunicării</translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation>Strategie: %1</translation>
    </message>
    <message>
        <source>Tone of voice: %1</source>
        <translation>Tonul comunicării: %1</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Anonymous (%1)</source>
        <translation>Anonim (%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <source>The label</source>
        <translation>Denumirea</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Numele</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Give the round a label, for example the year.</source>
        <translation>Dați rundei o denumire, de exemplu anul.</translation>
    </message>
    <message>
        <source>There is already a round called “%1”. Choose another label.</source>
        <translation>Există deja o rundă numită „%1”. Alegeți altă denumire.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters where at most %3 fit. Shorten it.</source>
        <translation>%1: textul are %2 caractere, dar încap cel mult %3. Scurtați-l.</translation>
    </message>
    <message>
        <source>%1 contains invisible control characters, perhaps from pasting. Type it again.</source>
        <translation>%1: textul conține caractere de control invizibile, poate de la lipire. Scrieți-l din nou.</translation>
    </message>
    <message>
        <source>The date is in the future. Date the round on the day it is held, today at the latest.</source>
        <translation>Data este în viitor. Dați rundei data zilei în care are loc, cel târziu azi.</translation>
    </message>
    <message>
        <source>Choose a rating from %1 to %2.</source>
        <translation>Alegeți o notă de la %1 la %2.</translation>
    </message>
    <message>
        <source>That statement is not part of the questionnaire (any more).</source>
        <translation>Afirmația nu (mai) face parte din chestionar.</translation>
    </message>
    <message>
        <source>The round is closed, so its answers no longer change. Reopen the round first.</source>
        <translation>Runda este închisă, așa că răspunsurile ei nu se mai pot schimba. Redeschideți mai întâi runda.</translation>
    </message>
    <message>
        <source>Nobody has taken part yet. Add the respondents and let each of them rate every statement; then close the round.</source>
        <translation>Încă nu a participat nimeni. Adăugați respondenții și lăsați-i pe fiecare să noteze toate afirmațiile; apoi închideți runda.</translation>
    </message>
    <message>
        <source>The round or the respondent is no longer there; perhaps it was deleted meanwhile. The list has been read again.</source>
        <translation>Runda sau respondentul nu mai există; poate s-a șters între timp. Lista a fost citită din nou.</translation>
    </message>
    <message>
        <source>A statement has not been rated yet.</source>
        <translation>O afirmație nu a fost notată încă.</translation>
    </message>
    <message>
        <source>%1 still has statements to rate: %2 of %3.</source>
        <translation>%1 mai are afirmații de notat: %2 din %3.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluare</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparație</translation>
    </message>
    <message>
        <source>It is time for this year&apos;s assessment</source>
        <translation>E timpul pentru autoevaluarea de anul acesta</translation>
    </message>
    <message>
        <source>Start This Year&apos;s Round</source>
        <translation>Începe runda de anul acesta</translation>
    </message>
    <message>
        <source>Start a round labelled with this year and dated today</source>
        <translation>Începe o rundă cu anul curent ca denumire și data de azi</translation>
    </message>
    <message>
        <source>Once a year the owner and the staff each rate 25 statements about your service from 1 (not at all) to 5 (all the time). PolicyDesk turns the ratings into the customer-service quotient, from 7 to 35, and compares it with earlier years.</source>
        <translation>O dată pe an, proprietarul și fiecare angajat notează 25 de afirmații despre serviciile dumneavoastră, de la 1 (deloc) la 5 (tot timpul). PolicyDesk transformă notele în coeficientul de servire a clienților, de la 7 la 35, și îl compară cu anii anteriori.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rundă</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminat</translation>
    </message>
    <message>
        <source>Quotient</source>
        <translation>Coeficient</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Every round, newest first; choose one to see it</source>
        <translation>Toate rundele, cele mai noi primele; alegeți una ca s-o vedeți</translation>
    </message>
    <message>
        <source>New Round…</source>
        <translation>Rundă nouă…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <source>Change the round&apos;s label, date or note</source>
        <translation>Modifică denumirea, data sau nota rundei</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <source>Delete the round with all its answers</source>
        <translation>Șterge runda cu toate răspunsurile ei</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportă CSV…</translation>
    </message>
    <message>
        <source>Save the round&apos;s ratings as a spreadsheet</source>
        <translation>Salvează notele rundei ca foaie de calcul</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportă PDF…</translation>
    </message>
    <message>
        <source>Save the round&apos;s results as a PDF report</source>
        <translation>Salvează rezultatele rundei ca raport PDF</translation>
    </message>
    <message>
        <source>Choose a round above, or start one with “New Round”.</source>
        <translation>Alegeți o rundă de mai sus sau începeți una cu „Rundă nouă”.</translation>
    </message>
    <message>
        <source>Close Round</source>
        <translation>Închide runda</translation>
    </message>
    <message>
        <source>Make the round&apos;s figures final; possible once everybody has rated every statement</source>
        <translation>Face definitive cifrele rundei; se poate după ce toți au notat toate afirmațiile</translation>
    </message>
    <message>
        <source>Reopen Round</source>
        <translation>Redeschide runda</translation>
    </message>
    <message>
        <source>Open the round again, to add a latecomer or correct a slip</source>
        <translation>Deschide din nou runda, pentru cineva care a întârziat sau pentru a corecta o scăpare</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondenți</translation>
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
        <source>Rated</source>
        <translation>Notate</translation>
    </message>
    <message>
        <source>Add Respondent…</source>
        <translation>Adaugă respondent…</translation>
    </message>
    <message>
        <source>Add the owner, a manager or a member of staff, by name or anonymously</source>
        <translation>Adaugă proprietarul, un administrator sau un angajat, cu nume sau anonim</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Scoate…</translation>
    </message>
    <message>
        <source>Take the chosen person and their ratings out of the round</source>
        <translation>Scoate din rundă persoana aleasă și notele ei</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Începe</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închisă</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschisă</translation>
    </message>
    <message>
        <source>No round has been held yet. Start one, add the owner and the staff, and let each of them rate the statements.</source>
        <translation>Încă nu a avut loc nicio rundă. Începeți una, adăugați proprietarul și personalul și lăsați-i pe fiecare să noteze afirmațiile.</translation>
    </message>
    <message>
        <source>The last round was held on %1, twelve months ago or more. A new round shows how things have moved since.</source>
        <translation>Ultima rundă a avut loc pe %1, acum douăsprezece luni sau mai mult. O rundă nouă arată ce s-a schimbat de atunci.</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runda %1</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <translation>Desfășurată pe %1</translation>
    </message>
    <message>
        <source>Closed: the figures are final.</source>
        <translation>Închisă: cifrele sunt definitive.</translation>
    </message>
    <message>
        <source>Open: answers are still coming in.</source>
        <translation>Deschisă: încă se primesc răspunsuri.</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Neterminat</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Neînceput</translation>
    </message>
    <message>
        <source>Nobody takes part yet. Add the owner and each member of staff with “Add Respondent”; then let them fill in the questionnaire one after another.</source>
        <translation>Încă nu participă nimeni. Adăugați proprietarul și fiecare angajat cu „Adaugă respondent”, apoi lăsați-i să completeze chestionarul pe rând.</translation>
    </message>
    <message>
        <source>The round is closed: the answers can be looked at but not changed.</source>
        <translation>Runda este închisă: răspunsurile pot fi văzute, dar nu și modificate.</translation>
    </message>
    <message>
        <source>Each person fills in the questionnaire on their own and sees only their own answers. Whoever is next is chosen; press the button on the right to begin.</source>
        <translation>Fiecare persoană completează chestionarul singură și își vede doar propriile răspunsuri. Cine urmează este deja selectat; apăsați butonul din dreapta ca să începeți.</translation>
    </message>
    <message>
        <source>View Answers</source>
        <translation>Vezi răspunsurile</translation>
    </message>
    <message>
        <source>See the chosen person&apos;s answers (the round is closed)</source>
        <translation>Arată răspunsurile persoanei alese (runda este închisă)</translation>
    </message>
    <message>
        <source>Review Answers</source>
        <translation>Revizuiește răspunsurile</translation>
    </message>
    <message>
        <source>Let the chosen person look over and change their answers</source>
        <translation>Persoana aleasă își poate revedea și modifica răspunsurile</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuă</translation>
    </message>
    <message>
        <source>Let the chosen person carry on where they stopped</source>
        <translation>Persoana aleasă continuă de unde a rămas</translation>
    </message>
    <message>
        <source>Let the chosen person fill in the questionnaire</source>
        <translation>Persoana aleasă completează chestionarul</translation>
    </message>
    <message>
        <source>The round “%1” is deleted together with its %2 respondents and their %3 ratings. This cannot be undone.</source>
        <translation>Runda „%1” se șterge împreună cu respondenții ei (%2) și notele lor (%3). Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>The round “%1” has nobody in it yet. Delete it anyway?</source>
        <translation>Runda „%1” nu are încă niciun participant. O ștergeți totuși?</translation>
    </message>
    <message>
        <source>Delete the round?</source>
        <translation>Ștergeți runda?</translation>
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
        <source>The round was not deleted</source>
        <translation>Runda nu a fost ștearsă</translation>
    </message>
    <message>
        <source>Everybody must rate every statement before the round is closed. Still to do:</source>
        <translation>Toți trebuie să noteze toate afirmațiile înainte ca runda să fie închisă. Mai sunt de făcut:</translation>
    </message>
    <message>
        <source>The round cannot be closed yet</source>
        <translation>Runda nu poate fi închisă încă</translation>
    </message>
    <message>
        <source>The round was not reopened</source>
        <translation>Runda nu a fost redeschisă</translation>
    </message>
    <message>
        <source>%1 is taken out of the round and their %2 ratings are deleted.</source>
        <translation>%1 iese din rundă, iar notele sale (%2) se șterg.</translation>
    </message>
    <message>
        <source>%1 is taken out of the round; they have rated nothing yet.</source>
        <translation>%1 iese din rundă; nu a notat încă nimic.</translation>
    </message>
    <message>
        <source>Remove the respondent?</source>
        <translation>Scoateți respondentul?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Scoate</translation>
    </message>
    <message>
        <source>The respondent was not removed</source>
        <translation>Respondentul nu a fost scos</translation>
    </message>
    <message>
        <source>Export the Round as PDF</source>
        <translation>Exportați runda ca PDF</translation>
    </message>
    <message>
        <source>self-assessment %1.pdf</source>
        <translation>autoevaluare %1.pdf</translation>
    </message>
    <message>
        <source>Export the Round as CSV</source>
        <translation>Exportați runda ca CSV</translation>
    </message>
    <message>
        <source>self-assessment %1.csv</source>
        <translation>autoevaluare %1.csv</translation>
    </message>
    <message>
        <source>Exporting the round…</source>
        <translation>Se exportă runda…</translation>
    </message>
    <message>
        <source>The round was not exported</source>
        <translation>Runda nu a fost exportată</translation>
    </message>
    <message>
        <source>The round is no longer there; perhaps it was deleted meanwhile.</source>
        <translation>Runda nu mai există; poate a fost ștearsă între timp.</translation>
    </message>
    <message>
        <source>Round exported</source>
        <translation>Runda a fost exportată</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>S-a salvat ca %1</translation>
    </message>
</context>
<context>
    <name>CallLogDialog</name>
    <message>
        <source>Arrival time</source>
        <translation>Ora sosirii</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Preluat</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Timp de așteptare</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Timp de convorbire</translation>
    </message>
    <message>
        <source>when the call came in</source>
        <translation>când a intrat apelul</translation>
    </message>
    <message>
        <source>whether the call was answered</source>
        <translation>dacă apelul a fost preluat</translation>
    </message>
    <message>
        <source>how long the caller waited</source>
        <translation>cât a așteptat apelantul</translation>
    </message>
    <message>
        <source>The file is a picture, not a call log.</source>
        <translation>Fișierul este o imagine, nu un jurnal al apelurilor.</translation>
    </message>
    <message>
        <source>The file is a PDF report. Export the call list from the phone system as CSV instead.</source>
        <translation>Fișierul este un raport PDF. Exportați în schimb lista apelurilor din sistemul telefonic, în format CSV.</translation>
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
        <source>The file is a compressed archive. Unpack it and choose the CSV file.</source>
        <translation>Fișierul este o arhivă comprimată. Dezarhivați-o și alegeți fișierul CSV.</translation>
    </message>
    <message>
        <source>The file is a database (perhaps a PolicyDesk file), not a call log.</source>
        <translation>Fișierul este o bază de date (poate un fișier PolicyDesk), nu un jurnal al apelurilor.</translation>
    </message>
    <message>
        <source>The file is not a text file, so it cannot be a call log.</source>
        <translation>Fișierul nu este un fișier text, deci nu poate fi un jurnal al apelurilor.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fișierul este gol.</translation>
    </message>
    <message>
        <source>The file has a header row but no calls.</source>
        <translation>Fișierul are un rând de antet, dar niciun apel.</translation>
    </message>
    <message>
        <source>No column says %1, which every call needs.</source>
        <translation>Nicio coloană nu arată %1, o informație necesară pentru fiecare apel.</translation>
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
        <source>The row has %1 cells but the header has %2. Does this row use another separator?</source>
        <translation>Rândul are alt număr de celule (%1) decât antetul (%2). Folosește acest rând alt separator?</translation>
    </message>
    <message>
        <source>The cell is empty, and every call needs it.</source>
        <translation>Celula este goală, dar trebuie completată pentru fiecare apel.</translation>
    </message>
    <message>
        <source>“%1” is not a date with a time of day. Write for example 2026-03-09 14:30 or 09.03.2026 14:30.</source>
        <translation>„%1” nu este o dată cu oră. Scrieți de exemplu 2026-03-09 14:30 sau 09.03.2026 14:30.</translation>
    </message>
    <message>
        <source>“%1” is not a time. Write seconds (42) or minutes and seconds (0:42 or 1:02:05).</source>
        <translation>„%1” nu este o durată. Scrieți secunde (42) sau minute și secunde (0:42 sau 1:02:05).</translation>
    </message>
    <message>
        <source>“%1” is below zero; a time cannot be.</source>
        <translation>„%1” este sub zero; o durată nu poate fi negativă.</translation>
    </message>
    <message>
        <source>“%1” is longer than a day; no call waits or talks that long.</source>
        <translation>„%1” depășește o zi; niciun apel nu așteaptă și nu durează atât de mult.</translation>
    </message>
    <message>
        <source>“%1” does not say whether the call was answered. Write for example yes or no, ja or nej, da or nu.</source>
        <translation>„%1” nu arată dacă apelul a fost preluat. Scrieți de exemplu da sau nu, yes sau no, ja sau nej.</translation>
    </message>
    <message>
        <source>The call is marked as not answered but has a talk time of “%1”. Which is right?</source>
        <translation>Apelul este marcat ca nepreluat, dar are un timp de convorbire de „%1”. Ce este corect?</translation>
    </message>
    <message>
        <source>The call came in on %1, outside the period chosen below.</source>
        <translation>Apelul a intrat pe %1, în afara perioadei alese mai jos.</translation>
    </message>
    <message>
        <source>The row cannot be read.</source>
        <translation>Rândul nu poate fi citit.</translation>
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
        <source>The goal does not say within how many seconds calls are to be answered. Set it in the policy (Policy › Goals) first.</source>
        <translation>Obiectivul nu spune în câte secunde trebuie preluate apelurile. Stabiliți mai întâi acest lucru în politică (Politică › Obiective).</translation>
    </message>
    <message>
        <source>The goal leaves out short hang-ups but does not say how short. Set the seconds in the policy (Policy › Goals) first.</source>
        <translation>Obiectivul lasă deoparte apelurile închise repede, dar nu spune cât de repede. Stabiliți mai întâi secundele în politică (Politică › Obiective).</translation>
    </message>
    <message>
        <source>No call came in during opening hours, so there is no service level to store.</source>
        <translation>Niciun apel nu a intrat în timpul programului, așa că nu există un nivel de serviciu de salvat.</translation>
    </message>
    <message>
        <source>A call counts as answered in time when it is answered within %1.</source>
        <translation>Un apel contează ca preluat la timp dacă este preluat în cel mult %1.</translation>
    </message>
    <message>
        <source>Calls hung up before an answer are left out of the figure: only answered calls count.</source>
        <translation>Apelurile închise înainte de a primi răspuns nu intră în cifră: se numără doar apelurile preluate.</translation>
    </message>
    <message>
        <source>Calls hung up within %1 are left out (a wrong number or a change of mind); later hang-ups count as not answered in time.</source>
        <translation>Apelurile închise în cel mult %1 nu se iau în calcul (număr greșit sau o răzgândire); cele închise mai târziu contează ca nepreluate la timp.</translation>
    </message>
    <message>
        <source>Every call hung up before an answer counts as not answered in time.</source>
        <translation>Orice apel închis înainte de a primi răspuns contează ca nepreluat la timp.</translation>
    </message>
    <message>
        <source>%1 of 1 counted call</source>
        <translation>%1 din 1 apel luat în calcul</translation>
    </message>
    <message>
        <source>%1 of %2 counted calls</source>
        <translation>%1 din %2 apeluri luate în calcul</translation>
    </message>
    <message>
        <source>%1 of 1 call</source>
        <translation>%1 din 1 apel</translation>
    </message>
    <message>
        <source>%1 of %2 calls</source>
        <translation>%1 din %2 apeluri</translation>
    </message>
    <message>
        <source>Import a call log</source>
        <translation>Importați jurnalul apelurilor</translation>
    </message>
    <message>
        <source>Phone goal:</source>
        <translation>Obiectiv pentru telefon:</translation>
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
        <source>Call log:</source>
        <translation>Jurnalul apelurilor:</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Ce s-a citit</translation>
    </message>
    <message>
        <source>The figures by the goal&apos;s rule</source>
        <translation>Cifrele după regula obiectivului</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>În timpul programului</translation>
    </message>
    <message>
        <source>Outside opening hours</source>
        <translation>În afara programului</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Apeluri</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de serviciu</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Timp mediu de răspuns</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Apeluri abandonate</translation>
    </message>
    <message>
        <source>Hung up, short ones left out</source>
        <translation>Abandonate, fără cele scurte</translation>
    </message>
    <message>
        <source>Opening hours are those set under Office hours. The figure stored is the opening-hours service level: the promise holds while someone is there to answer.</source>
        <translation>Orele de program sunt cele stabilite în fila Program de lucru. Cifra salvată este nivelul de serviciu din timpul programului: promisiunea este valabilă cât timp e cineva acolo să răspundă.</translation>
    </message>
    <message>
        <source>Store as the goal&apos;s figure</source>
        <translation>Salvați drept cifra obiectivului</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valoare:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Perioada:</translation>
    </message>
    <message>
        <source>e.g. the new phone menu started on the 10th</source>
        <translation>de ex. noul meniu telefonic a pornit pe 10</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notă:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importă</translation>
    </message>
    <message>
        <source>Choose a Call Log (CSV)</source>
        <translation>Alegeți un jurnal al apelurilor (CSV)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Se citește %1…</translation>
    </message>
    <message>
        <source>Choose the call list your phone system exports as CSV, one row a call.</source>
        <translation>Alegeți lista apelurilor exportată de sistemul telefonic în format CSV, câte un rând pentru fiecare apel.</translation>
    </message>
    <message>
        <source>Encoding: %1 · Separator: %2</source>
        <translation>Codificare: %1 · Separator: %2</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 apel</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 apeluri</translation>
    </message>
    <message>
        <source>%1 read, from %2 to %3.</source>
        <translation>În fișier: %1, din %2 până în %3.</translation>
    </message>
    <message>
        <source>Nothing can be imported until every problem is fixed in the file.</source>
        <translation>Nu se poate importa nimic până nu sunt corectate toate problemele din fișier.</translation>
    </message>
    <message>
        <source>Is this the call list of a phone system? Its header should name columns such as “Start time”, “Answered” and “Waiting time”.</source>
        <translation>Este aceasta lista apelurilor dintr-un sistem telefonic? Antetul ar trebui să conțină coloane precum „Ora începerii”, „Preluat” și „Timp de așteptare”.</translation>
    </message>
    <message>
        <source>1 of %2 rows has a problem.</source>
        <translation>Rânduri cu probleme: 1 din %2.</translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems.</source>
        <translation>Rânduri cu probleme: %1 din %2.</translation>
    </message>
    <message>
        <source>Choose a phone goal and a call log to see the figures.</source>
        <translation>Alegeți un obiectiv pentru telefon și un jurnal al apelurilor ca să vedeți cifrele.</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Niciun apel</translation>
    </message>
    <message>
        <source>1 call: %2 answered, %3 hung up</source>
        <translation>1 apel (preluat: %2, abandonat: %3)</translation>
    </message>
    <message>
        <source>%1 calls: %2 answered, %3 hung up</source>
        <translation>%1 apeluri (preluate: %2, abandonate: %3)</translation>
    </message>
    <message>
        <source>— (no call counts)</source>
        <translation>— (niciun apel nu se ia în calcul)</translation>
    </message>
    <message>
        <source>%1
%2 answered within %3</source>
        <translation>%1
preluate în cel mult %3: %2</translation>
    </message>
    <message>
        <source>— (no call answered)</source>
        <translation>— (niciun apel preluat)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, the service level in opening hours</source>
        <translation>%1, nivelul de serviciu din timpul programului</translation>
    </message>
    <message>
        <source>None: no call came in during opening hours, so nothing can be stored.</source>
        <translation>Niciuna: niciun apel nu a intrat în timpul programului, așa că nu se poate salva nimic.</translation>
    </message>
    <message>
        <source>A figure is already stored for a period ending on %1 (%2 %3). Import asks before replacing it.</source>
        <translation>Există deja o cifră salvată pentru o perioadă care se termină pe %1 (%2 %3). Înainte de a o înlocui, importul vă cere confirmarea.</translation>
    </message>
    <message>
        <source>Replace the figure?</source>
        <translation>Înlocuiți cifra?</translation>
    </message>
    <message>
        <source>%1 to %2 already has a figure. Replace it with %3 from the call log?</source>
        <translation>Perioada %1 – %2 are deja o cifră. O înlocuiți cu %3 din jurnalul apelurilor?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Înlocuiește</translation>
    </message>
    <message>
        <source>Keep the old figure</source>
        <translation>Păstrează cifra veche</translation>
    </message>
    <message>
        <source>Nothing was stored: this period keeps the figure it has.</source>
        <translation>Nu s-a salvat nimic: perioada își păstrează cifra pe care o are.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Se importă %1…</translation>
    </message>
    <message>
        <source>1 call came in outside this period. Nothing was stored.</source>
        <translation>Un apel a intrat în afara acestei perioade. Nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>%1 calls came in outside this period. Nothing was stored.</source>
        <translation>Apeluri intrate în afara acestei perioade: %1. Nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>Choose a period that holds every call: from %1 to %2 at least.</source>
        <translation>Alegeți o perioadă care cuprinde toate apelurile: cel puțin de la %1 până la %2.</translation>
    </message>
    <message>
        <source>The file has changed since it was read and now has problems; nothing was stored.</source>
        <translation>Fișierul s-a modificat de când a fost citit și acum are probleme; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>This period already has a figure.</source>
        <translation>Această perioadă are deja o cifră.</translation>
    </message>
</context>
<context>
    <name>CapacityBox</name>
    <message>
        <source>What you can promise today</source>
        <translation>Ce puteți promite azi</translation>
    </message>
</context>
<context>
    <name>CapacityText</name>
    <message>
        <source>how many contacts arrive through at least one channel</source>
        <translation>câte contacte sosesc prin cel puțin un canal</translation>
    </message>
    <message>
        <source>how many people handle customer contacts</source>
        <translation>câte persoane se ocupă de contactele cu clienții</translation>
    </message>
    <message>
        <source>the business hours per working day</source>
        <translation>durata programului de lucru într-o zi lucrătoare</translation>
    </message>
    <message>
        <source>how many contacts one person handles per day</source>
        <translation>câte contacte rezolvă o persoană pe zi</translation>
    </message>
    <message>
        <source>Fill in the figures above and the result appears here as you type. Still missing:</source>
        <translation>Completați cifrele de mai sus, iar rezultatul apare aici pe măsură ce scrieți. Ce mai lipsește:</translation>
    </message>
    <message>
        <source>the number of people</source>
        <translation>numărul de persoane</translation>
    </message>
    <message>
        <source>the business hours per day</source>
        <translation>durata programului de lucru pe zi</translation>
    </message>
    <message>
        <source>the contacts per person</source>
        <translation>numărul de contacte pe persoană</translation>
    </message>
    <message>
        <source>the contacts waiting</source>
        <translation>numărul de contacte în așteptare</translation>
    </message>
    <message>
        <source>the working days per week</source>
        <translation>numărul de zile lucrătoare pe săptămână</translation>
    </message>
    <message>
        <source>Contacts arrive, but %1 is zero: nobody has time to answer them, so nothing can be promised. Enter what you really have, even if it is little.</source>
        <translation>Sosesc contacte, dar %1 este zero: nimeni nu are timp să le răspundă, așa că nu se poate promite nimic. Introduceți cât aveți de fapt, chiar dacă e puțin.</translation>
    </message>
    <message>
        <source>Write %1 as a whole number.</source>
        <translation>Pentru %1, scrieți un număr întreg.</translation>
    </message>
    <message>
        <source>%1 cannot be below zero.</source>
        <translation>%1 nu poate fi sub zero.</translation>
    </message>
    <message>
        <source>%1 is larger than %2; please check the figure.</source>
        <translation>%1 depășește %2; verificați cifra.</translation>
    </message>
    <message>
        <source>%1 lies between %2 and %3.</source>
        <translation>%1 trebuie să fie între %2 și %3.</translation>
    </message>
    <message>
        <source>Write %1 as a number.</source>
        <translation>Pentru %1, scrieți un număr.</translation>
    </message>
    <message>
        <source>You can promise an answer within %1 working days.</source>
        <translation>Puteți promite un răspuns în cel mult %1 zile lucrătoare.</translation>
    </message>
    <message>
        <source>You can promise an answer within one business hour.</source>
        <translation>Puteți promite un răspuns în cel mult o oră din programul de lucru.</translation>
    </message>
    <message>
        <source>You can promise an answer within %1 business hours.</source>
        <translation>Puteți promite un răspuns în cel mult %1 ore din programul de lucru.</translation>
    </message>
    <message>
        <source>That is a load of %1 %: there is room to spare.</source>
        <translation>Gradul de încărcare este de %1 %: aveți rezervă.</translation>
    </message>
    <message>
        <source>That is a load of %1 %: comfortably busy.</source>
        <translation>Gradul de încărcare este de %1 %: aveți de lucru, dar fără stres.</translation>
    </message>
    <message>
        <source>That is a load of %1 %: tight. A sick day or a busy Monday will make customers wait.</source>
        <translation>Gradul de încărcare este de %1 %: la limită. O zi de concediu medical sau o zi de luni aglomerată îi va face pe clienți să aștepte.</translation>
    </message>
    <message>
        <source>That is a load of %1 %: more than you can handle.</source>
        <translation>Gradul de încărcare este de %1 %: mai mult decât puteți duce.</translation>
    </message>
    <message>
        <source>About %1 contacts arrive per working day, all channels together.</source>
        <translation>Contacte pe zi lucrătoare, pe toate canalele la un loc: circa %1.</translation>
    </message>
    <message>
        <source>%1 people handling %2 contacts each can answer about %3 contacts per working day.</source>
        <translation>Cu %1 persoane care rezolvă fiecare câte %2 contacte, puteți răspunde la circa %3 contacte pe zi lucrătoare.</translation>
    </message>
    <message>
        <source>This is sustainable: the queue does not grow.</source>
        <translation>Ritmul acesta poate fi susținut: coada de așteptare nu crește.</translation>
    </message>
    <message>
        <source>That is a promise a small team can keep. Write it down as a goal in step 5, and measure for a few months whether you hold it.</source>
        <translation>Este o promisiune pe care o echipă mică o poate respecta. Treceți-o ca obiectiv la pasul 5 și măsurați câteva luni dacă o respectați.</translation>
    </message>
    <message>
        <source>This is not sustainable: about %1 contacts a day stay unanswered, so the queue grows by about %2 contacts a week. No answer time can honestly be promised yet.</source>
        <translation>Ritmul acesta nu poate fi susținut: circa %1 contacte pe zi rămân fără răspuns, așa că coada de așteptare crește cu circa %2 contacte pe săptămână. Deocamdată nu se poate promite cinstit niciun termen de răspuns.</translation>
    </message>
    <message>
        <source>To keep up you need about %1 people where you have %2, or fewer contacts coming in.</source>
        <translation>Ca să faceți față, aveți nevoie de circa %1 persoane (acum aveți %2) sau de mai puține contacte.</translation>
    </message>
    <message>
        <source>That is common in a small business and it can be solved: answer e-mail in two fixed slots a day, put answers to the most common questions on your website, or get help on the busiest days.</source>
        <translation>Asta se întâmplă des într-o firmă mică și se poate rezolva: răspundeți la e-mailuri în două intervale fixe pe zi, puneți pe site răspunsurile la cele mai frecvente întrebări sau luați pe cineva în ajutor în zilele cele mai aglomerate.</translation>
    </message>
    <message>
        <source>Tip: with few hands the phone cannot always be answered while you serve a customer. Promise to call back instead (for example within two business hours) and keep that promise; customers accept a call-back they can trust.</source>
        <translation>Sfat: când sunteți puțini, nu puteți răspunde mereu la telefon în timp ce serviți un client. Promiteți în schimb că sunați înapoi (de exemplu în cel mult două ore din programul de lucru) și țineți-vă de promisiune; clienții acceptă un apel înapoi pe care se pot baza.</translation>
    </message>
    <message>
        <source>The %1 contacts waiting now are cleared in about %2 working days, with the spare capacity you have.</source>
        <translation>Cu capacitatea de rezervă pe care o aveți, contactele aflate acum în așteptare (%1) se rezolvă în circa %2 zile lucrătoare.</translation>
    </message>
    <message>
        <source>There is no spare capacity, so the %1 contacts waiting now will not get fewer by themselves.</source>
        <translation>Nu aveți capacitate de rezervă, așa că contactele aflate acum în așteptare (%1) nu se vor împuțina de la sine.</translation>
    </message>
</context>
<context>
    <name>ClockTexts</name>
    <message>
        <source>On time</source>
        <translation>În termen</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Termen apropiat</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Întârziat</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>În pauză</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respectat</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Depășit</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Neînceput</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmare</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Rezolvare</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Urmărire</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>sub 1 min</translation>
    </message>
    <message>
        <source>%n h</source>
        <comment>hours of a duration</comment>
        <translation>%n h</translation>
    </message>
    <message>
        <source>%n min</source>
        <comment>minutes of a duration</comment>
        <translation>%n min</translation>
    </message>
    <message>
        <source>the closure from %1 on %2</source>
        <translation>închiderea din %2 de la ora %1</translation>
    </message>
    <message>
        <source>the closure %1 on %2</source>
        <translation>închiderea din %2 (%1)</translation>
    </message>
    <message>
        <source>the closure from %1 to %2</source>
        <translation>închiderea de la %1 până la %2</translation>
    </message>
    <message>
        <source>nights</source>
        <translation>nopțile</translation>
    </message>
    <message>
        <source>lunch breaks</source>
        <translation>pauzele de prânz</translation>
    </message>
    <message>
        <source>%n day</source>
        <comment>a duration</comment>
        <translation>%n zi</translation>
    </message>
    <message>
        <source>%n days</source>
        <comment>a duration</comment>
        <translation>%n zile</translation>
    </message>
    <message>
        <source>%n other closed day</source>
        <translation>încă %n zi de închidere</translation>
    </message>
    <message>
        <source>%n other closed days</source>
        <translation>încă %n zile de închidere</translation>
    </message>
    <message>
        <source>%n other closure</source>
        <translation>încă %n închidere</translation>
    </message>
    <message>
        <source>%n other closures</source>
        <translation>încă %n închideri</translation>
    </message>
    <message>
        <source>%1 are not counted</source>
        <translation>%1 nu se socotesc</translation>
    </message>
    <message>
        <source>%1 is not counted</source>
        <translation>%1 nu se socotește</translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation>Confirmare până la %1</translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation>Rezolvare până la %1</translation>
    </message>
    <message>
        <source>Follow up by %1</source>
        <translation>Urmărire până la %1</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>Confirmată pe %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Rezolvată pe %1</translation>
    </message>
    <message>
        <source>Followed up %1</source>
        <translation>Urmărire făcută pe %1</translation>
    </message>
    <message>
        <source>%1 after the resolution, in calendar days</source>
        <translation>%1 după rezolvare, în zile calendaristice</translation>
    </message>
    <message>
        <source>every hour counts: no office hours are set</source>
        <translation>se socotește fiecare oră: nu este stabilit un program de lucru</translation>
    </message>
    <message>
        <source>paused %1 while waiting for the customer</source>
        <translation>pauză de %1 în așteptarea clientului</translation>
    </message>
    <message>
        <source>Follow up within %1 after the resolution.</source>
        <translation>Urmărire în cel mult %1 după rezolvare.</translation>
    </message>
    <message>
        <source>Paused while waiting for the customer; %1 of the %2 left.</source>
        <translation>În pauză, în așteptarea clientului; au mai rămas %1 din %2.</translation>
    </message>
    <message>
        <source>The due time is worked out again when the wait ends.</source>
        <translation>Termenul se recalculează când se încheie așteptarea.</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>Termen depășit.</translation>
    </message>
    <message>
        <source>Overdue by %1.</source>
        <translation>Termen depășit cu %1.</translation>
    </message>
    <message>
        <source>Due soon: %1 left.</source>
        <translation>Termen apropiat: mai sunt %1.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>Mai sunt %1.</translation>
    </message>
    <message>
        <source>%1, within the target.</source>
        <translation>%1, în termen.</translation>
    </message>
    <message>
        <source>%1, %2 late.</source>
        <translation>%1, cu %2 întârziere.</translation>
    </message>
    <message>
        <source>%1, right at the due time.</source>
        <translation>%1, exact la termen.</translation>
    </message>
    <message>
        <source>%1, %2 before the due time.</source>
        <translation>%1, cu %2 înainte de termen.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Termen: %1</translation>
    </message>
    <message>
        <source>Handling time %1 (every hour counts: no office hours are set)</source>
        <translation>Timp de soluționare: %1 (se socotește fiecare oră: nu este stabilit un program de lucru)</translation>
    </message>
    <message>
        <source>Handling time so far %1 (every hour counts: no office hours are set)</source>
        <translation>Timp de soluționare până acum: %1 (se socotește fiecare oră: nu este stabilit un program de lucru)</translation>
    </message>
    <message>
        <source>Handling time %1: %2 inside office hours, %3 outside</source>
        <translation>Timp de soluționare: %1, din care %2 în programul de lucru și %3 în afara lui</translation>
    </message>
    <message>
        <source>Handling time so far %1: %2 inside office hours, %3 outside</source>
        <translation>Timp de soluționare până acum: %1, din care %2 în programul de lucru și %3 în afara lui</translation>
    </message>
    <message>
        <source>No service targets apply to this complaint (Settings → Service targets).</source>
        <translation>Pentru această reclamație nu se aplică nicio țintă de servicii (Setări → Ținte de servicii).</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>This part of PolicyDesk is coming in a later version. Everything you enter elsewhere is kept and will be used here.</source>
        <translation>Această parte a PolicyDesk vine într-o versiune viitoare. Tot ce introduceți în alte părți se păstrează și va fi folosit aici.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Versions</source>
        <translation>Comparați versiunile</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versiunea %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Earlier version:</source>
        <translation>Versiunea &amp;anterioară:</translation>
    </message>
    <message>
        <source>&amp;Later version:</source>
        <translation>Versiunea &amp;ulterioară:</translation>
    </message>
    <message>
        <source>Show &amp;unchanged sections</source>
        <translation>Arată și secțiunile &amp;neschimbate</translation>
    </message>
    <message>
        <source>There is no version to compare yet.</source>
        <translation>Încă nu există nicio versiune de comparat.</translation>
    </message>
    <message>
        <source>Sections changed: %1, added: %2, removed: %3.</source>
        <translation>Secțiuni modificate: %1, adăugate: %2, eliminate: %3.</translation>
    </message>
    <message>
        <source>Both sides show the same version; choose another one.</source>
        <translation>Ambele părți arată aceeași versiune; alegeți alta.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Secțiune</translation>
    </message>
    <message>
        <source>Nothing changed between these versions.</source>
        <translation>Între aceste versiuni nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>Neither version has anything written yet.</source>
        <translation>Niciuna dintre versiuni nu are încă nimic scris.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adăugată</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminată</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificată</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Neschimbată</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>&amp;Earlier round:</source>
        <translation>Runda &amp;anterioară:</translation>
    </message>
    <message>
        <source>&amp;Later round:</source>
        <translation>Runda &amp;ulterioară:</translation>
    </message>
    <message>
        <source>These rounds used different versions of the statements: part of a change may come from new wording rather than from the business.</source>
        <translation>Aceste runde au folosit versiuni diferite ale afirmațiilor: o parte din schimbare poate veni din noua formulare, nu din activitatea firmei.</translation>
    </message>
    <message>
        <source>Statements that changed most</source>
        <translation>Afirmațiile care s-au schimbat cel mai mult</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Afirmație</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Înainte → după</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Schimbare</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (în desfășurare)</translation>
    </message>
    <message>
        <source>Comparing needs two rounds with a result. After next year&apos;s round you can see here what moved.</source>
        <translation>Pentru o comparație sunt necesare două runde cu rezultat. După runda de anul viitor veți vedea aici ce s-a schimbat.</translation>
    </message>
    <message>
        <source>Choose two different rounds to compare.</source>
        <translation>Alegeți două runde diferite pentru comparație.</translation>
    </message>
    <message>
        <source>These rounds cannot be compared: one of them has statements nobody rated.</source>
        <translation>Aceste runde nu pot fi comparate: una dintre ele are afirmații pe care nu le-a notat nimeni.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 și %2</translation>
    </message>
    <message>
        <source>Area scores of %1</source>
        <translation>Scorurile pe domenii pentru %1</translation>
    </message>
    <message>
        <source>Areas of %1 as a radar</source>
        <translation>Domeniile pentru %1, ca diagramă radar</translation>
    </message>
    <message>
        <source>Quotient %1 in %2 → %3 in %4 (%5)</source>
        <translation>Coeficient: %1 în %2 → %3 în %4 (%5)</translation>
    </message>
    <message>
        <source>Band: %1 in both rounds.</source>
        <translation>Nivel: %1 în ambele runde.</translation>
    </message>
    <message>
        <source>Band: %1 → %2.</source>
        <translation>Nivel: %1 → %2.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
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
        <source>Service targets</source>
        <translation>Ținte de servicii</translation>
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
        <source>No service targets apply to this complaint; the owner sets them under Settings → Service targets.</source>
        <translation>Pentru această reclamație nu se aplică nicio țintă de servicii; proprietarul le stabilește în Setări → Ținte de servicii.</translation>
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
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamație</translation>
    </message>
    <message>
        <source>When the complaint&apos;s next step is due, counted in office hours, and where it stands; point at a complaint for the reasons (this column cannot be sorted)</source>
        <translation>Când trebuie făcut următorul pas al reclamației, socotit în programul de lucru, și cum stă; țineți cursorul pe o reclamație ca să vedeți motivele (coloana nu se poate sorta)</translation>
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
        <source>Service levels</source>
        <translation>Nivelul serviciilor</translation>
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
        <source>Report…</source>
        <translation>Raport…</translation>
    </message>
    <message>
        <source>Print a report of the complaints shown (Print &amp; export)</source>
        <translation>Tipăriți un raport al reclamațiilor afișate (Tipărire și export)</translation>
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
    <name>DateAnswer</name>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Șterge</translation>
    </message>
</context>
<context>
    <name>DayRow</name>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Add Hours</source>
        <translation>Adaugă interval</translation>
    </message>
    <message>
        <source>Add an open interval to this day</source>
        <translation>Adaugă un interval de deschidere în această zi</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Fără dată</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>New Date</source>
        <translation>Dată nouă</translation>
    </message>
    <message>
        <source>Edit the Date</source>
        <translation>Modificați data</translation>
    </message>
    <message>
        <source>Optional: for example “Stocktaking”</source>
        <translation>Opțional: de exemplu „Inventar”</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notă:</translation>
    </message>
    <message>
        <source>&amp;Closed:</source>
        <translation>În&amp;chis:</translation>
    </message>
    <message>
        <source>Closing early at 13:00? Then closed from 13:00 to 00:00 (midnight).</source>
        <translation>Închideți mai devreme, la 13:00? Atunci aveți închis de la 13:00 la 00:00 (miezul nopții).</translation>
    </message>
    <message>
        <source>&amp;Open:</source>
        <translation>D&amp;eschis:</translation>
    </message>
    <message>
        <source>The hours of this date; a closing time before the opening is next day.</source>
        <translation>Programul din această zi; o oră de închidere înaintea celei de deschidere cade a doua zi.</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Finding</source>
        <translation>Constatare</translation>
    </message>
    <message>
        <source>Add a Finding</source>
        <translation>Adăugați o constatare</translation>
    </message>
    <message>
        <source>Change the Finding</source>
        <translation>Modificați constatarea</translation>
    </message>
    <message>
        <source>What was found, in one line</source>
        <translation>Ce s-a constatat, într-un rând</translation>
    </message>
    <message>
        <source>e.g. %, per month, seconds</source>
        <translation>ex. %, pe lună, secunde</translation>
    </message>
    <message>
        <source>e.g. Customer survey spring 2026, or the carrier&apos;s monthly report</source>
        <translation>ex. Sondajul clienților din primăvara lui 2026 sau raportul lunar al firmei de curierat</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Sursa:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titlu:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Detalii:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unitate:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valoare:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Perioada:</translation>
    </message>
    <message>
        <source>Where it &amp;comes from:</source>
        <translation>De unde pr&amp;ovine:</translation>
    </message>
    <message>
        <source>&amp;Recorded on:</source>
        <translation>Înregist&amp;rată pe:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Something the complaint log shows beyond the counts, e.g. a pattern in when complaints come.</source>
        <translation>Ceva ce arată registrul de reclamații dincolo de cifre, de ex. o regularitate în momentele în care vin reclamațiile.</translation>
    </message>
    <message>
        <source>Write what customers answered to an open question, in their words if you can, and how many answered.</source>
        <translation>Scrieți ce au răspuns clienții la o întrebare deschisă, dacă se poate cu vorbele lor, și câți au răspuns.</translation>
    </message>
    <message>
        <source>Who took part, and what they kept coming back to.</source>
        <translation>Cine a participat și la ce au tot revenit.</translation>
    </message>
    <message>
        <source>A question or problem staff hear again and again, and how often.</source>
        <translation>O întrebare sau o problemă pe care personalul o aude iar și iar, și cât de des.</translation>
    </message>
    <message>
        <source>A figure from your own business with its period: returns, backorders and stock-outs, or the internal reject rate.</source>
        <translation>O cifră din propria firmă, cu perioada ei: retururi, comenzi restante și produse epuizate sau rata internă de rebut.</translation>
    </message>
    <message>
        <source>What a carrier, call centre or web agency reports: redone deliveries, waiting times, callers who hang up.</source>
        <translation>Ce raportează o firmă de curierat, un call center sau o agenție web: livrări refăcute, timpi de așteptare, apelanți care închid.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Answer calls within %1 seconds</source>
        <translation>Răspuns la telefon în cel mult %1 secunde</translation>
    </message>
    <message>
        <source>Reply to e-mail within %1 business hours</source>
        <translation>Răspuns la e-mailuri în cel mult %1 ore de program</translation>
    </message>
    <message>
        <source>Resolve complaints within 3 business days</source>
        <translation>Reclamații rezolvate în cel mult 3 zile lucrătoare</translation>
    </message>
    <message>
        <source>Reachable all through opening hours</source>
        <translation>Disponibili pe toată durata programului</translation>
    </message>
    <message>
        <source>Few returns</source>
        <translation>Puține retururi</translation>
    </message>
    <message>
        <source>Complainants satisfied with how we handled it</source>
        <translation>Clienți mulțumiți de cum le-am tratat reclamația</translation>
    </message>
    <message>
        <source>Complainants who buy from us again</source>
        <translation>Clienți care cumpără din nou după o reclamație</translation>
    </message>
    <message>
        <source>The share of calls during opening hours that a person answers within %1 seconds of the first ring. Taken each month from the phone system&apos;s report.</source>
        <translation>Ponderea apelurilor din timpul programului la care răspunde o persoană în cel mult %1 secunde de la primul țârâit. Se ia lunar din raportul sistemului telefonic.</translation>
    </message>
    <message>
        <source>The share of customer e-mails that get a personal answer within %1 hours, counted in opening hours only. Automatic replies do not count. Counted in the shared inbox each month.</source>
        <translation>Ponderea e-mailurilor de la clienți care primesc un răspuns personal în cel mult %1 ore, socotind doar orele din program. Răspunsurile automate nu contează. Se numără lunar în căsuța de e-mail comună.</translation>
    </message>
    <message>
        <source>The share of complaints resolved within 3 business days of reaching us, taken from the complaint log. Days spent waiting for the customer do not count.</source>
        <translation>Ponderea reclamațiilor rezolvate în cel mult 3 zile lucrătoare de la primire, după registrul de reclamații. Zilele în care așteptăm după client nu se socotesc.</translation>
    </message>
    <message>
        <source>The share of opening hours when a customer can reach a person by phone or at the counter, from the staff rota and the phone system.</source>
        <translation>Ponderea orelor din program în care un client poate vorbi cu cineva la telefon sau la ghișeu, după graficul de lucru al personalului și sistemul telefonic.</translation>
    </message>
    <message>
        <source>The share of items sold that come back as returns, counted each month from the till and the web shop.</source>
        <translation>Ponderea produselor vândute care se întorc ca retururi, numărată lunar din casa de marcat și din magazinul online.</translation>
    </message>
    <message>
        <source>Of the complainants we reach at the follow-up, the share who say they are satisfied with how their complaint was handled.</source>
        <translation>Dintre clienții care au reclamat și pe care îi contactăm la urmărire, ponderea celor care spun că sunt mulțumiți de felul în care le-a fost tratată reclamația.</translation>
    </message>
    <message>
        <source>Of the customers who complained, the share who buy from us again within six months of the complaint.</source>
        <translation>Dintre clienții care au reclamat, ponderea celor care cumpără din nou de la noi în cel mult șase luni de la reclamație.</translation>
    </message>
    <message>
        <source>Goal (Approved Version)</source>
        <translation>Obiectiv (versiune aprobată)</translation>
    </message>
    <message>
        <source>New Goal</source>
        <translation>Obiectiv nou</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>Modificați obiectivul</translation>
    </message>
    <message>
        <source>Save Goal</source>
        <translation>Salvează obiectivul</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>What you promise</source>
        <translation>Ce promiteți</translation>
    </message>
    <message>
        <source>Kind of goal</source>
        <translation>Tipul obiectivului</translation>
    </message>
    <message>
        <source>Changing it fills in the texts you have not changed yourself.</source>
        <translation>Dacă îl schimbați, se completează textele pe care nu le-ați modificat dumneavoastră.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>What is measured, and how</source>
        <translation>Ce se măsoară și cum</translation>
    </message>
    <message>
        <source>Say exactly what is counted and where the figure comes from, so that next year&apos;s figure means the same as this year&apos;s.</source>
        <translation>Spuneți exact ce se numără și de unde provine cifra, ca cifra de anul viitor să însemne același lucru ca cea de anul acesta.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>days</source>
        <translation>zile</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puncte</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <source>Better is</source>
        <translation>Mai bine înseamnă</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Orice canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>În cel mult</translation>
    </message>
    <message>
        <source>Strictest: everyone who gave up waiting counts against you.</source>
        <translation>Cel mai strict: oricine a renunțat să mai aștepte contează în defavoarea dumneavoastră.</translation>
    </message>
    <message>
        <source>Only calls that someone answered are counted.</source>
        <translation>Se numără doar apelurile la care a răspuns cineva.</translation>
    </message>
    <message>
        <source>People who hang up within a few seconds often misdialled; everyone who waited longer and gave up counts against you.</source>
        <translation>Cei care închid în câteva secunde au greșit adesea numărul; oricine a așteptat mai mult și a renunțat contează în defavoarea dumneavoastră.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>within</source>
        <translation>în cel mult</translation>
    </message>
    <message>
        <source>Calls that hang up</source>
        <translation>Apeluri abandonate</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valoare de referință</translation>
    </message>
    <message>
        <source>Set targets after a baseline: if you have not measured this yet, measure it for a few months first, then agree the minimum and the target on real figures.</source>
        <translation>Stabiliți țintele pornind de la o valoare de referință: dacă nu ați măsurat încă acest lucru, măsurați-l mai întâi câteva luni, apoi stabiliți nivelul minim și ținta pe baza cifrelor reale.</translation>
    </message>
    <message>
        <source>Measure first, for</source>
        <translation>Măsurați mai întâi, timp de</translation>
    </message>
    <message>
        <source>We have measured it</source>
        <translation>L-am măsurat deja</translation>
    </message>
    <message>
        <source>No baseline yet (a target without one is a guess)</source>
        <translation>Încă fără valoare de referință (o țintă fără ea e doar o presupunere)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> luni</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Measured from</source>
        <translation>Măsurată de la</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveluri</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Nivel minim</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>What you aim for. Choose something your own decisions can change.</source>
        <translation>Ce vă propuneți să atingeți. Alegeți ceva ce poate fi schimbat prin propriile decizii.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Urmărire</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Încă nimeni</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Analiză</translation>
    </message>
    <message>
        <source>Not linked to a top problem</source>
        <translation>Fără legătură cu o problemă principală</translation>
    </message>
    <message>
        <source>Top problem</source>
        <translation>Problemă principală</translation>
    </message>
    <message>
        <source>Top problem %1</source>
        <translation>Problema principală %1</translation>
    </message>
    <message>
        <source> business hours</source>
        <translation> ore de program</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secunde</translation>
    </message>
    <message>
        <source>The level you must never fall below. The lowest figure you accept, even in a bad month.</source>
        <translation>Nivelul sub care nu trebuie să coborâți niciodată. Cea mai mică cifră pe care o acceptați, chiar și într-o lună proastă.</translation>
    </message>
    <message>
        <source>The level you must never go beyond. The highest figure you accept, even in a bad month.</source>
        <translation>Nivelul pe care nu trebuie să-l depășiți niciodată. Cea mai mare cifră pe care o acceptați, chiar și într-o lună proastă.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Goals &amp; follow-up</source>
        <translation>Obiective și urmărire</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <source>Review meetings</source>
        <translation>Ședințe de analiză</translation>
    </message>
    <message>
        <source>Improvement plans</source>
        <translation>Planuri de îmbunătățire</translation>
    </message>
    <message>
        <source>No goals yet. Set your goals in the policy (Policy › Goals); they are followed up here, with their figures and trends.</source>
        <translation>Încă nu există obiective. Stabiliți-vă obiectivele în politică (Politică › Obiective); aici le urmăriți, cu cifrele și evoluția lor.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Latest figure</source>
        <translation>Ultima cifră</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Nivel minim</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situație</translation>
    </message>
    <message>
        <source>Enter a figure…</source>
        <translation>Adaugă o cifră…</translation>
    </message>
    <message>
        <source>Set levels…</source>
        <translation>Stabilește nivelurile…</translation>
    </message>
    <message>
        <source>Import call log…</source>
        <translation>Importă jurnalul apelurilor…</translation>
    </message>
    <message>
        <source>Staffing check…</source>
        <translation>Verificarea personalului necesar…</translation>
    </message>
    <message>
        <source>How many people must answer the phone to keep a promise on answer times.</source>
        <translation>Câte persoane trebuie să răspundă la telefon ca să respectați promisiunea privind timpul de răspuns.</translation>
    </message>
    <message>
        <source>Make an improvement plan…</source>
        <translation>Creează un plan de îmbunătățire…</translation>
    </message>
    <message>
        <source>Period to compute</source>
        <translation>Perioada de calculat</translation>
    </message>
    <message>
        <source>Compute from the complaint log</source>
        <translation>Calculează din registrul de reclamații</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Ce este de făcut</translation>
    </message>
    <message>
        <source>Save reminders (.ics)…</source>
        <translation>Salvează mementourile (.ics)…</translation>
    </message>
    <message>
        <source>A calendar file with the next review meeting and the yearly self-assessment, for your calendar program.</source>
        <translation>Un fișier de calendar cu următoarea ședință de analiză și autoevaluarea anuală, pentru programul dumneavoastră de calendar.</translation>
    </message>
    <message>
        <source>Improvement plan needed</source>
        <translation>E nevoie de un plan de îmbunătățire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the figure for %1: %2</source>
        <translation>Introduceți cifra pentru %1: %2</translation>
    </message>
    <message>
        <source>Improvement plan needed for %1: %2 is below the minimum %3 (%4)</source>
        <translation>E nevoie de un plan de îmbunătățire pentru %1: %2 este sub nivelul minim de %3 (%4)</translation>
    </message>
    <message>
        <source>Nothing is due: every figure is entered.</source>
        <translation>Nu e nimic de făcut: toate cifrele sunt introduse.</translation>
    </message>
    <message>
        <source>Compute the service level from the call list your phone system exports.</source>
        <translation>Calculați nivelul de serviciu din lista de apeluri exportată de centrala dumneavoastră telefonică.</translation>
    </message>
    <message>
        <source>Choose a phone goal (calls answered within a time) to import a call log for it.</source>
        <translation>Alegeți un obiectiv pentru telefon (apeluri preluate într-un anumit timp) ca să importați pentru el jurnalul apelurilor.</translation>
    </message>
    <message>
        <source>Review proposed levels…</source>
        <translation>Verifică nivelurile propuse…</translation>
    </message>
    <message>
        <source>Choose a goal to see its trend.</source>
        <translation>Alegeți un obiectiv ca să-i vedeți evoluția.</translation>
    </message>
    <message>
        <source>Next figure: %1 (due from %2)</source>
        <translation>Următoarea cifră: %1 (de introdus din %2)</translation>
    </message>
    <message>
        <source>Measuring the baseline: %1 % done, until %2</source>
        <translation>Se măsoară valoarea de referință: %1 % gata, până la %2</translation>
    </message>
    <message>
        <source>Proposed levels are ready: minimum %1, target %2</source>
        <translation>Nivelurile propuse sunt gata: nivel minim %1, țintă %2</translation>
    </message>
    <message>
        <source>Improvement plan needed: the latest figure is below the minimum. Make a plan with actions, an owner and due dates, and take it to the next review meeting.</source>
        <translation>E nevoie de un plan de îmbunătățire: ultima cifră este sub nivelul minim. Faceți un plan cu acțiuni, un responsabil și termene și discutați-l la următoarea ședință de analiză.</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Măsurat</translation>
    </message>
    <message>
        <source>No figures yet: enter the first one to start the trend.</source>
        <translation>Încă nu există cifre: introduceți-o pe prima ca să înceapă evoluția.</translation>
    </message>
    <message>
        <source>Trend of %1: %2 figures</source>
        <translation>Evoluția pentru %1: %2 cifre</translation>
    </message>
    <message>
        <source>%1 (no figure yet)</source>
        <translation>%1 (încă fără cifră)</translation>
    </message>
    <message>
        <source>The levels were saved.</source>
        <translation>Nivelurile au fost salvate.</translation>
    </message>
    <message>
        <source>Stored %1 for %2, from the call log.</source>
        <translation>S-a salvat %1 pentru %2, din jurnalul apelurilor.</translation>
    </message>
    <message>
        <source>The figure was saved.</source>
        <translation>Cifra a fost salvată.</translation>
    </message>
    <message>
        <source>Replace the figure?</source>
        <translation>Înlocuiți cifra?</translation>
    </message>
    <message>
        <source>%1 already has a figure. Replace it with the one computed now?</source>
        <translation>Perioada %1 are deja o cifră. O înlocuiți cu cea calculată acum?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Înlocuiește</translation>
    </message>
    <message>
        <source>Keep the old figure</source>
        <translation>Păstrează cifra veche</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Nu s-a salvat nimic: %1</translation>
    </message>
    <message>
        <source>Stored %1 for %2, computed from the complaint log.</source>
        <translation>S-a salvat %1 pentru %2, calculat din registrul de reclamații.</translation>
    </message>
    <message>
        <source>Save reminders</source>
        <translation>Salvare mementouri</translation>
    </message>
    <message>
        <source>Reminders saved as %1</source>
        <translation>Mementourile au fost salvate ca %1</translation>
    </message>
</context>
<context>
    <name>GoalsStep</name>
    <message>
        <source>Measure first for %1 months</source>
        <translation>Întâi se măsoară %1 luni</translation>
    </message>
    <message>
        <source>&lt;p&gt;Turn each of your top problems into at least one promise you can measure. Say exactly what is counted and how, so that the figure means the same every time you look at it.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Baseline first.&lt;/b&gt; If you have never measured it, measure it for a few months before you promise a figure; then agree the minimum and the target on what you saw.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;minimum level&lt;/b&gt; is the level you must never fall below. The &lt;b&gt;target&lt;/b&gt; is what you aim for.&lt;/li&gt;&lt;li&gt;Choose something your own decisions can change (staffing, routines, tools), and name one person who keeps an eye on it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;i&gt;Example from a bike shop:&lt;/i&gt; 80 % of calls answered within 30 seconds, never below 70 %. Measured each month from the phone system; callers who hang up within 5 seconds are left out. Owner: the shop manager. Reviewed monthly.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Transformați fiecare dintre principalele probleme în cel puțin o promisiune pe care o puteți măsura. Spuneți exact ce se numără și cum, ca cifra să însemne același lucru de fiecare dată când vă uitați la ea.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Întâi valoarea de referință.&lt;/b&gt; Dacă nu ați măsurat niciodată, măsurați câteva luni înainte să promiteți o cifră; apoi stabiliți nivelul minim și ținta pe baza a ceea ce ați văzut.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nivelul minim&lt;/b&gt; este nivelul sub care nu trebuie să coborâți niciodată. &lt;b&gt;Ținta&lt;/b&gt; este ce vă propuneți să atingeți.&lt;/li&gt;&lt;li&gt;Alegeți ceva ce poate fi schimbat prin propriile decizii (personal, rutine, instrumente) și numiți o persoană care ține lucrurile sub observație.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;i&gt;Exemplu de la un magazin de biciclete:&lt;/i&gt; 80 % din apeluri preluate în cel mult 30 de secunde, niciodată sub 70 %. Se măsoară lunar din sistemul telefonic; apelanții care închid în primele 5 secunde nu se socotesc. Responsabil: șeful magazinului. Analiză lunară.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your top problems and their goals</source>
        <translation>Principalele probleme și obiectivele lor</translation>
    </message>
    <message>
        <source>You have not named your three most important problems yet. Name them in step 3, Customer needs; then give each one a goal here.</source>
        <translation>Încă nu ați numit cele mai importante trei probleme. Numiți-le la pasul 3, Nevoile clienților, apoi stabiliți aici câte un obiectiv pentru fiecare.</translation>
    </message>
    <message>
        <source>Go to Customer Needs</source>
        <translation>Mergi la Nevoile clienților</translation>
    </message>
    <message>
        <source>Goals in force</source>
        <translation>Obiective în vigoare</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minim</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valoare de referință</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Analiză</translation>
    </message>
    <message>
        <source>Top problem</source>
        <translation>Problemă principală</translation>
    </message>
    <message>
        <source>No goals yet. Press Add Goal and start from a template: it fills in a title, what is measured and how, and the unit, for you to adapt.</source>
        <translation>Încă nu există obiective. Apăsați Adaugă obiectiv și porniți de la un model: acesta completează un titlu, ce se măsoară și cum, precum și unitatea, iar dumneavoastră le adaptați.</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>Adaugă obiectiv</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retrage…</translation>
    </message>
    <message>
        <source>Take the goal out of the policy in force; its measurements are kept.</source>
        <translation>Scoate obiectivul din politica în vigoare; măsurătorile lui se păstrează.</translation>
    </message>
    <message>
        <source>Top problem %1</source>
        <translation>Problema principală %1</translation>
    </message>
    <message>
        <source>✓ Covered by: %1</source>
        <translation>✓ Acoperită de: %1</translation>
    </message>
    <message>
        <source>No goal yet</source>
        <translation>Încă fără obiectiv</translation>
    </message>
    <message>
        <source>Add a Goal for It</source>
        <translation>Adaugă un obiectiv pentru ea</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Vezi…</translation>
    </message>
    <message>
        <source>Retire the Goal?</source>
        <translation>Retrageți obiectivul?</translation>
    </message>
    <message>
        <source>“%1” leaves the policy in force. Its measurements are kept, and approved versions still show it.</source>
        <translation>„%1” iese din politica în vigoare. Măsurătorile lui se păstrează, iar versiunile aprobate îl arată în continuare.</translation>
    </message>
    <message>
        <source>Retire Goal</source>
        <translation>Retrage obiectivul</translation>
    </message>
    <message>
        <source>Keep Goal</source>
        <translation>Păstrează obiectivul</translation>
    </message>
</context>
<context>
    <name>GuidelinesStep</name>
    <message>
        <source>&lt;p&gt;A complaint handled well wins a customer back. Give staff four steps to follow:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Understand&lt;/b&gt; the problem: let the customer talk, then repeat the facts back so both agree on what happened.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Find the cause&lt;/b&gt;: what went wrong, and where.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Propose&lt;/b&gt; a solution: ask first what the customer would like, then offer what you can.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Resolve&lt;/b&gt; it: do what was agreed, ask whether the customer is satisfied, apologise, and compensate when you can.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Trust your staff with room to act rather than a rulebook: the person who hears about a problem may solve it there and then, within limits you set below. One famous hotel chain sums it up for every employee: &lt;i&gt;“I own and immediately resolve guest problems.”&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;O reclamație bine rezolvată vă aduce clientul înapoi. Dați-i personalului patru pași de urmat:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Înțelegeți&lt;/b&gt; problema: lăsați clientul să vorbească, apoi repetați faptele, ca să fiți amândoi de acord asupra a ceea ce s-a întâmplat.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Găsiți cauza&lt;/b&gt;: ce a mers prost și unde.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Propuneți&lt;/b&gt; o soluție: întrebați mai întâi ce și-ar dori clientul, apoi oferiți ce puteți.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rezolvați&lt;/b&gt; problema: faceți ce ați convenit, întrebați-l pe client dacă este mulțumit, cereți-vă scuze și oferiți o despăgubire când puteți.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Lăsați-i personalului libertate de acțiune în loc să-i dați un regulament: cine află de o problemă o poate rezolva pe loc, în limitele pe care le stabiliți mai jos. Un cunoscut lanț hotelier rezumă asta pentru fiecare angajat: &lt;i&gt;„Îmi asum problemele oaspeților și le rezolv imediat.”&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The four steps in your own words. Press the button below to start from them and adapt them to your business. The policy cannot be approved without this.</source>
        <translation>Cei patru pași, în cuvintele dumneavoastră. Apăsați butonul de mai jos ca să porniți de la ei și să-i adaptați la firma dumneavoastră. Fără acest text, politica nu poate fi aprobată.</translation>
    </message>
    <message>
        <source>1. Understand: let the customer tell the whole story without interrupting. Then say back what you heard (“So the cake you collected on Saturday had the wrong name on it?”) until you both agree.
2. Find the cause: check the order slip and ask whoever baked or packed it. Tell the customer what went wrong, without blaming a colleague.
3. Propose: ask the customer first what would put it right for them. Then offer what you can: a new cake, the money back, or a gift card.
4. Resolve: do what you agreed at once, ask whether the customer is satisfied, apologise, and add something small when you can, such as coffee and a bun on the house. Write the complaint in the log so that we can learn from it.</source>
        <translation>1. Înțelegeți: lăsați clientul să spună toată povestea fără să-l întrerupeți. Apoi repetați ce ați auzit („Deci pe tortul ridicat sâmbătă era scris un nume greșit?”) până când sunteți amândoi de acord.
2. Găsiți cauza: verificați fișa comenzii și întrebați-l pe cel care a copt sau a ambalat tortul. Spuneți-i clientului ce a mers prost, fără să dați vina pe un coleg.
3. Propuneți: întrebați-l mai întâi pe client ce ar îndrepta lucrurile pentru el. Apoi oferiți ce puteți: un tort nou, banii înapoi sau un card cadou.
4. Rezolvați: faceți imediat ce ați convenit, întrebați-l pe client dacă este mulțumit, cereți-vă scuze și, când puteți, adăugați un mic gest, de exemplu o cafea și o chiflă din partea casei. Notați reclamația în registru, ca să putem învăța din ea.</translation>
    </message>
    <message>
        <source>Start from the Four Steps</source>
        <translation>Pornește de la cei patru pași</translation>
    </message>
    <message>
        <source>What anyone on the staff may do for a customer without asking you first.</source>
        <translation>Ce poate face orice angajat pentru un client fără să vă întrebe mai întâi.</translation>
    </message>
    <message>
        <source>Everyone may replace a product, refund it, or give a gift card on the spot, up to the amount below, and decide how to say sorry. Nobody has to ask before making a customer happy; tell the owner afterwards so we can fix the cause.</source>
        <translation>Oricine poate înlocui un produs, poate da banii înapoi sau poate oferi pe loc un card cadou, până la suma de mai jos, și poate hotărî cum își cere scuze. Nimeni nu trebuie să ceară voie ca să mulțumească un client; anunțați-l apoi pe proprietar, ca să putem înlătura cauza.</translation>
    </message>
    <message>
        <source>Per complaint. A limit high enough to solve most cases at once saves customers; a bakery might allow about the price of a large cake.</source>
        <translation>Pe reclamație. O limită destul de mare ca majoritatea cazurilor să se rezolve pe loc vă păstrează clienții; o brutărie ar putea permite cam prețul unui tort mare.</translation>
    </message>
    <message>
        <source>Who takes over when a case is beyond the limit or the person who heard it, how fast, and how the customer is kept informed.</source>
        <translation>Cine preia cazul când depășește limita sau puterile celui care l-a primit, cât de repede și cum este ținut clientul la curent.</translation>
    </message>
    <message>
        <source>Above the limit, or when the customer is still unhappy, pass the case to the shift leader the same day. If it cannot be solved there, the owner calls the customer within two working days. Tell the customer who will call and when, and write each step in the complaint log.</source>
        <translation>Peste limită sau când clientul tot nu este mulțumit, predați cazul șefului de tură în aceeași zi. Dacă nu se poate rezolva acolo, proprietarul îl sună pe client în cel mult două zile lucrătoare. Spuneți-i clientului cine îl va suna și când și notați fiecare pas în registrul de reclamații.</translation>
    </message>
    <message>
        <source>What helps you help customers: it is printed on the customer charter. Leave it empty if there is nothing to ask.</source>
        <translation>Ce vă ajută să îi ajutați pe clienți: se tipărește pe carta clientului. Lăsați câmpul gol dacă nu aveți nimic de cerut.</translation>
    </message>
    <message>
        <source>Bring the receipt or the order number when something is wrong, tell us early when a cake for a party needs changing, and let us know how we did: praise and complaints both make us better.</source>
        <translation>Aduceți bonul sau numărul comenzii când ceva nu e în regulă, spuneți-ne din timp dacă tortul pentru petrecere trebuie schimbat și spuneți-ne cum ne-am descurcat: și laudele, și reclamațiile ne fac mai buni.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Round</source>
        <translation>Rundă</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Quotient</source>
        <translation>Coeficient</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Schimbare</translation>
    </message>
    <message>
        <source>Only closed rounds count; a round still in progress joins when it is closed.</source>
        <translation>Contează doar rundele închise; o rundă aflată în desfășurare apare aici după ce este închisă.</translation>
    </message>
    <message>
        <source>No rounds yet. Once the first round is closed, its quotient is shown here, and every later year is drawn next to it.</source>
        <translation>Încă nu există runde. După ce prima rundă este închisă, coeficientul ei apare aici, iar fiecare an care urmează se adaugă alături.</translation>
    </message>
    <message>
        <source>The chart starts once the first round is closed.</source>
        <translation>Graficul apare după ce prima rundă este închisă.</translation>
    </message>
    <message>
        <source>The quotient round after round</source>
        <translation>Coeficientul, rundă după rundă</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>în desfășurare</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>fără rezultat</translation>
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
        <source>What the follow-up waits for</source>
        <translation>Ce așteaptă urmărirea</translation>
    </message>
    <message>
        <source>Nothing is waiting: every figure is entered and no plan is needed.</source>
        <translation>Nu așteaptă nimic: toate cifrele sunt introduse și nu e nevoie de niciun plan.</translation>
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
        <source>In force since %1. Version %2 is a draft.</source>
        <translation>În vigoare din %1. Versiunea %2 este o ciornă.</translation>
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
        <source>A year has passed: time for this year&apos;s assessment.</source>
        <translation>A trecut un an: e timpul pentru autoevaluarea de anul acesta.</translation>
    </message>
    <message>
        <source>Measurable goals. On the staff list: %1.</source>
        <translation>Obiective măsurabile. Pe lista de personal: %1.</translation>
    </message>
    <message>
        <source>Make an improvement plan for %1: %2 is below the minimum %3 (%4).</source>
        <translation>Faceți un plan de îmbunătățire pentru %1: %2 este sub nivelul minim de %3 (%4).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Compute the figure for %2 from the complaint log: %3.</source>
        <translation>Calculați cifra pentru %2 din registrul de reclamații: %3.</translation>
    </message>
    <message>
        <source>Enter the figure for %2: %3.</source>
        <translation>Introduceți cifra pentru %2: %3.</translation>
    </message>
    <message>
        <source>Compute %1 figures for %2 from the complaint log: %3.</source>
        <translation>Calculați %1 cifre pentru %2 din registrul de reclamații: %3.</translation>
    </message>
    <message>
        <source>Enter %1 figures for %2: %3.</source>
        <translation>Introduceți %1 cifre pentru %2: %3.</translation>
    </message>
    <message>
        <source>Review the levels proposed for %1 from its baseline: minimum %2, target %3.</source>
        <translation>Verificați nivelurile propuse pentru %1 pornind de la valoarea de referință: minim %2, țintă %3.</translation>
    </message>
    <message>
        <source>Hold the review meeting: it has been due since %1.</source>
        <translation>Țineți ședința de analiză: trebuia ținută din %1.</translation>
    </message>
    <message>
        <source>Hold the review meeting: it is due today.</source>
        <translation>Țineți ședința de analiză: este programată azi.</translation>
    </message>
    <message>
        <source>Next review meeting: %1.</source>
        <translation>Următoarea ședință de analiză: %1.</translation>
    </message>
    <message>
        <source>Make your first self-assessment: rate your service.</source>
        <translation>Faceți prima autoevaluare: evaluați-vă serviciile.</translation>
    </message>
    <message>
        <source>Time for this year&apos;s self-assessment: it has been due since %1.</source>
        <translation>E timpul pentru autoevaluarea de anul acesta: trebuia făcută din %1.</translation>
    </message>
    <message>
        <source>Time for this year&apos;s self-assessment: it is due today.</source>
        <translation>E timpul pentru autoevaluarea de anul acesta: este programată azi.</translation>
    </message>
    <message>
        <source>Next self-assessment: %1.</source>
        <translation>Următoarea autoevaluare: %1.</translation>
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
    <name>ImprovementPlansView</name>
    <message>
        <source>No improvement plans yet. When a goal falls below its minimum, make a plan: what is to be done, who does it and by when. Open plans go on the next review meeting&apos;s agenda.</source>
        <translation>Încă nu există planuri de îmbunătățire. Când un obiectiv scade sub nivelul minim, faceți un plan: ce trebuie făcut, cine se ocupă și până când. Planurile în curs intră pe ordinea de zi a următoarei ședințe de analiză.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Din</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Plan nou…</translation>
    </message>
    <message>
        <source>Close plan…</source>
        <translation>Închide planul…</translation>
    </message>
    <message>
        <source>Reopen plan</source>
        <translation>Redeschide planul</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Făcută pe</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Adaugă o acțiune…</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Modifică acțiunea…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marchează ca făcută</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Remove action…</source>
        <translation>Scoate acțiunea…</translation>
    </message>
    <message>
        <source>Set goals in the policy first: a plan is made for a goal.</source>
        <translation>Stabiliți mai întâi obiectivele în politică: un plan se face pentru un obiectiv.</translation>
    </message>
    <message>
        <source>Improvement plan for %1</source>
        <translation>Plan de îmbunătățire pentru %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>De ce: %1</translation>
    </message>
    <message>
        <source>Made at the review meeting of %1.</source>
        <translation>Făcut la ședința de analiză din %1.</translation>
    </message>
    <message>
        <source>Made on %1, outside a review meeting.</source>
        <translation>Făcut pe %1, în afara unei ședințe de analiză.</translation>
    </message>
    <message>
        <source>Closed on %1. Reopen it to change its actions.</source>
        <translation>Închis pe %1. Redeschideți-l ca să-i modificați acțiunile.</translation>
    </message>
    <message>
        <source>1 action was not done.</source>
        <translation>1 acțiune nu a fost făcută.</translation>
    </message>
    <message>
        <source>%1 actions were not done.</source>
        <translation>%1 acțiuni nu au fost făcute.</translation>
    </message>
    <message>
        <source>This plan is closed. Reopen it to change its actions.</source>
        <translation>Planul este închis. Redeschideți-l ca să-i modificați acțiunile.</translation>
    </message>
    <message>
        <source>Choose an action in the list first.</source>
        <translation>Alegeți mai întâi o acțiune din listă.</translation>
    </message>
    <message>
        <source>Add an action to this plan.</source>
        <translation>Adăugați o acțiune la acest plan.</translation>
    </message>
    <message>
        <source>Remove an action typed by mistake. An action given up is better dropped.</source>
        <translation>Scoateți o acțiune introdusă din greșeală. Dacă renunțați la o acțiune, e mai bine s-o marcați ca renunțată.</translation>
    </message>
    <message>
        <source>Give the action up; it stays in the plan, marked as dropped.</source>
        <translation>Renunțați la acțiune; rămâne în plan, marcată ca renunțată.</translation>
    </message>
    <message>
        <source>Close the improvement plan for %1?</source>
        <translation>Închideți planul de îmbunătățire pentru %1?</translation>
    </message>
    <message>
        <source>1 action is still open. It stays in the plan, shown as not done.</source>
        <translation>1 acțiune este încă în curs. Rămâne în plan, ca nefăcută.</translation>
    </message>
    <message>
        <source>%1 actions are still open. They stay in the plan, shown as not done.</source>
        <translation>%1 acțiuni sunt încă în curs. Rămân în plan, ca nefăcute.</translation>
    </message>
    <message>
        <source>Close the plan?</source>
        <translation>Închideți planul?</translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation>Închide planul</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Lasă-l deschis</translation>
    </message>
    <message>
        <source>The plan was closed.</source>
        <translation>Planul a fost închis.</translation>
    </message>
    <message>
        <source>The plan is open again.</source>
        <translation>Planul este din nou deschis.</translation>
    </message>
    <message>
        <source>The action is marked done.</source>
        <translation>Acțiunea este marcată ca făcută.</translation>
    </message>
    <message>
        <source>The action was dropped.</source>
        <translation>Acțiunea a fost marcată ca renunțată.</translation>
    </message>
    <message>
        <source>Remove the action?</source>
        <translation>Scoateți acțiunea?</translation>
    </message>
    <message>
        <source>Remove “%1” from the plan? Remove only an action typed by mistake: an action given up is better dropped, so the plan shows it.</source>
        <translation>Scoateți „%1” din plan? Scoateți doar o acțiune introdusă din greșeală: dacă renunțați la o acțiune, e mai bine s-o marcați ca renunțată, ca să rămână vizibilă în plan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Scoate</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Păstreaz-o</translation>
    </message>
    <message>
        <source>The action was removed.</source>
        <translation>Acțiunea a fost scoasă.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nu s-a schimbat nimic: %1</translation>
    </message>
    <message>
        <source>The plan was made.</source>
        <translation>Planul a fost creat.</translation>
    </message>
    <message>
        <source>The action was saved.</source>
        <translation>Acțiunea a fost salvată.</translation>
    </message>
</context>
<context>
    <name>InflowTable</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Numărate</translation>
    </message>
    <message>
        <source>Contacts through %1</source>
        <translation>Contacte prin %1</translation>
    </message>
    <message>
        <source>Period for %1</source>
        <translation>Perioada pentru %1</translation>
    </message>
</context>
<context>
    <name>IntervalEditor</name>
    <message>
        <source>Opens</source>
        <translation>Deschidere</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Închidere</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Scoate</translation>
    </message>
    <message>
        <source>Remove this interval</source>
        <translation>Scoate acest interval</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toată ziua</translation>
    </message>
    <message>
        <source>until midnight</source>
        <translation>până la miezul nopții</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>a doua zi</translation>
    </message>
</context>
<context>
    <name>LevelsDialog</name>
    <message>
        <source>The target cannot be higher than the minimum: for this goal lower figures are better, so the minimum is the highest figure you accept.</source>
        <translation>Ținta nu poate fi mai mare decât nivelul minim: pentru acest obiectiv, cifrele mai mici sunt mai bune, deci nivelul minim este cea mai mare cifră pe care o acceptați.</translation>
    </message>
    <message>
        <source>The target cannot be lower than the minimum: for this goal higher figures are better, so the minimum is the lowest figure you accept.</source>
        <translation>Ținta nu poate fi mai mică decât nivelul minim: pentru acest obiectiv, cifrele mai mari sunt mai bune, deci nivelul minim este cea mai mică cifră pe care o acceptați.</translation>
    </message>
    <message>
        <source>This goal has no baseline period, so no baseline figure can be kept.</source>
        <translation>Acest obiectiv nu are o perioadă de referință, deci nu se poate păstra nicio valoare de referință.</translation>
    </message>
    <message>
        <source>Set levels</source>
        <translation>Stabiliți nivelurile</translation>
    </message>
    <message>
        <source>Measured baseline</source>
        <translation>Valoarea de referință măsurată</translation>
    </message>
    <message>
        <source>Use the proposal</source>
        <translation>Folosește propunerea</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Nivel minim:</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Nivel minim</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Țintă:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Below the minimum an improvement plan is needed; the target is what you aim for. Leave a field empty to remove that level.</source>
        <translation>Sub nivelul minim este nevoie de un plan de îmbunătățire; ținta este ceea ce urmăriți. Lăsați un câmp gol ca să eliminați acel nivel.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <source>Lower figures are better for this goal: the minimum is the highest figure you accept.</source>
        <translation>Pentru acest obiectiv, cifrele mai mici sunt mai bune: nivelul minim este cea mai mare cifră pe care o acceptați.</translation>
    </message>
    <message>
        <source>Higher figures are better for this goal: the minimum is the lowest figure you accept.</source>
        <translation>Pentru acest obiectiv, cifrele mai mari sunt mai bune: nivelul minim este cea mai mică cifră pe care o acceptați.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No figures measured in the baseline period (%1) yet.</source>
        <translation>Încă nu s-a măsurat nicio cifră în perioada de referință (%1).</translation>
    </message>
    <message>
        <source>The middle of the measured figures is %1.</source>
        <translation>Cifra din mijloc dintre cele măsurate este %1.</translation>
    </message>
    <message>
        <source>One figure measured in the baseline period (%1): %2.</source>
        <translation>O cifră măsurată în perioada de referință (%1): %2.</translation>
    </message>
    <message>
        <source>%1 figures measured in the baseline period (%2); the middle one is %3.</source>
        <translation>Cifre măsurate în perioada de referință (%2): %1; cea din mijloc este %3.</translation>
    </message>
    <message>
        <source>The baseline period is %1 % done and ends on %2. You can set the levels now or wait for more figures.</source>
        <translation>Din perioada de referință s-a scurs %1 %; se încheie pe %2. Puteți stabili nivelurile acum sau puteți aștepta mai multe cifre.</translation>
    </message>
    <message>
        <source>Proposed: minimum %1, target %2.</source>
        <translation>Propunere: nivel minim %1, țintă %2.</translation>
    </message>
    <message>
        <source>The minimum is what you already reach; the target is what you reached in your better quarter of quarters, so you know it is within reach.</source>
        <translation>Nivelul minim este ceea ce atingeți deja; ținta este ceea ce ați atins în cel mai bun sfert dintre trimestre, deci știți că este la îndemână.</translation>
    </message>
    <message>
        <source>The minimum is what you already reach; the target is what you reached in your better quarter of years, so you know it is within reach.</source>
        <translation>Nivelul minim este ceea ce atingeți deja; ținta este ceea ce ați atins în cel mai bun sfert dintre ani, deci știți că este la îndemână.</translation>
    </message>
    <message>
        <source>The minimum is what you already reach; the target is what you reached in your better quarter of months, so you know it is within reach.</source>
        <translation>Nivelul minim este ceea ce atingeți deja; ținta este ceea ce ați atins în cel mai bun sfert dintre luni, deci știți că este la îndemână.</translation>
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
        <source>%1 (due)</source>
        <translation>%1 (de făcut)</translation>
    </message>
    <message>
        <source>Time for this year&apos;s self-assessment</source>
        <translation>E timpul pentru autoevaluarea de anul acesta</translation>
    </message>
    <message>
        <source>Better at: %1</source>
        <translation>Progres la: %1</translation>
    </message>
    <message>
        <source>Raise the self-assessment score for “%1”. Measured at each yearly round as the area&apos;s mean rating (1 to 5); in between, say what you will change and check it at the review meetings.</source>
        <translation>Creșteți scorul din autoevaluare pentru „%1”. Se măsoară la fiecare rundă anuală, ca media notelor domeniului (de la 1 la 5); între runde, spuneți ce veți schimba și verificați la ședințele de analiză.</translation>
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
    <name>MeasurementDialog</name>
    <message>
        <source>The source</source>
        <translation>Sursa</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Textul</translation>
    </message>
    <message>
        <source>This goal no longer exists; it may have been removed in the policy.</source>
        <translation>Acest obiectiv nu mai există; poate a fost scos din politică.</translation>
    </message>
    <message>
        <source>This figure no longer exists; it may have been removed already.</source>
        <translation>Această cifră nu mai există; poate a fost deja ștearsă.</translation>
    </message>
    <message>
        <source>The person recording the figure is no longer on the staff list.</source>
        <translation>Persoana care înregistrează cifra nu mai este pe lista de personal.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type the figure in digits, like %2.</source>
        <translation>„%1” nu este un număr. Scrieți valoarea în cifre, de exemplu %2.</translation>
    </message>
    <message>
        <source>The figure is too big: it can be at most %1.</source>
        <translation>Cifra este prea mare: poate fi cel mult %1.</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation>Un procent trebuie să fie între 0 și 100.</translation>
    </message>
    <message>
        <source>A count cannot be below zero.</source>
        <translation>Un număr de cazuri nu poate fi sub zero.</translation>
    </message>
    <message>
        <source>Choose the period&apos;s first and last day.</source>
        <translation>Alegeți prima și ultima zi a perioadei.</translation>
    </message>
    <message>
        <source>The period ends before it starts: the “To” date must not be before “From”.</source>
        <translation>Perioada se termină înainte să înceapă: data „Până la” nu poate fi înainte de „De la”.</translation>
    </message>
    <message>
        <source>The period has not ended yet: its last day must be today (%1) or earlier.</source>
        <translation>Perioada nu s-a încheiat încă: ultima ei zi trebuie să fie azi (%1) sau mai devreme.</translation>
    </message>
    <message>
        <source>This period already has a figure.</source>
        <translation>Această perioadă are deja o cifră.</translation>
    </message>
    <message>
        <source>The period overlaps a figure already entered for %1 to %2. Choose another period.</source>
        <translation>Perioada se suprapune cu o cifră deja introdusă pentru %1 – %2. Alegeți altă perioadă.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 are prea multe caractere: %2, cel mult %3.</translation>
    </message>
    <message>
        <source>%1 holds characters that cannot be stored. Type it again.</source>
        <translation>%1 conține caractere care nu pot fi salvate. Scrieți din nou.</translation>
    </message>
    <message>
        <source>This goal&apos;s figure is entered by hand; the complaint log cannot compute it.</source>
        <translation>Cifra acestui obiectiv se introduce manual; registrul de reclamații nu o poate calcula.</translation>
    </message>
    <message>
        <source>The complaint log has nothing to count in this period, so nothing was stored.</source>
        <translation>Registrul de reclamații nu are nimic de numărat în această perioadă, așa că nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>The figure could not be stored.</source>
        <translation>Cifra nu a putut fi salvată.</translation>
    </message>
    <message>
        <source>Enter a figure</source>
        <translation>Introduceți o cifră</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Perioada:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valoare:</translation>
    </message>
    <message>
        <source>e.g. the phone system&apos;s monthly report</source>
        <translation>de ex. raportul lunar al centralei telefonice</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Sursa:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notă:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Replace the figure?</source>
        <translation>Înlocuiți cifra?</translation>
    </message>
    <message>
        <source>%1 to %2 already has a figure. Replace it with the one you typed?</source>
        <translation>Perioada %1 – %2 are deja o cifră. O înlocuiți cu cea pe care ați scris-o?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Înlocuiește</translation>
    </message>
    <message>
        <source>Keep the old figure</source>
        <translation>Păstrează cifra veche</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Record a review meeting</source>
        <translation>Înregistrați o ședință de analiză</translation>
    </message>
    <message>
        <source>Edit the meeting</source>
        <translation>Modificați ședința</translation>
    </message>
    <message>
        <source>When you save, the goals&apos; figures up to the meeting day and the improvement plans on the agenda are kept with the meeting, exactly as they are now.</source>
        <translation>La salvare, cifrele obiectivelor până în ziua ședinței și planurile de îmbunătățire de pe ordinea de zi se păstrează împreună cu ședința, exact cum sunt acum.</translation>
    </message>
    <message>
        <source>The figures shown at this meeting stay as they were when it was recorded; only its day and texts change.</source>
        <translation>Cifrele arătate la această ședință rămân cum erau când a fost înregistrată; se schimbă doar data și textele.</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Data ședinței:</translation>
    </message>
    <message>
        <source>Staff who attended</source>
        <translation>Personalul care a participat</translation>
    </message>
    <message>
        <source>Others who attended</source>
        <translation>Alți participanți</translation>
    </message>
    <message>
        <source>Others, separated by commas (e.g. the accountant)</source>
        <translation>Alții, separați prin virgulă (de ex. contabilul)</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nume, separate prin virgulă</translation>
    </message>
    <message>
        <source>Attended:</source>
        <translation>Participanți:</translation>
    </message>
    <message>
        <source>What was decided, and who does what</source>
        <translation>Ce s-a hotărât și cine ce face</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Decizii:</translation>
    </message>
    <message>
        <source>What the staff were told about the figures and their work</source>
        <translation>Ce i s-a spus personalului despre cifre și despre munca lui</translation>
    </message>
    <message>
        <source>Feedback to staff:</source>
        <translation>Feedback pentru personal:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Înregistrează</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
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
    <name>MissionStep</name>
    <message>
        <source>&lt;p&gt;Start with the business itself. Write as you would explain it to a new employee on the first day: short, concrete and in your own words. Each answer can be a sentence or two; you can come back and change everything later.&lt;/p&gt;&lt;p&gt;Every field has an example from a small bakery. Press &lt;b&gt;Use the Example&lt;/b&gt; to take it over and adapt it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Începeți cu firma însăși. Scrieți așa cum i-ați explica unui angajat nou în prima zi: scurt, concret și cu vorbele dumneavoastră. Fiecare răspuns poate avea o propoziție sau două; puteți reveni oricând ca să schimbați totul.&lt;/p&gt;&lt;p&gt;Fiecare câmp are un exemplu de la o brutărie mică. Apăsați &lt;b&gt;Folosește exemplul&lt;/b&gt; ca să-l preluați și să-l adaptați.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Lindgren&apos;s Bakery</source>
        <translation>ex. Brutăria Popescu</translation>
    </message>
    <message>
        <source>e.g. bakery and café</source>
        <translation>ex. brutărie și cafenea</translation>
    </message>
    <message>
        <source>What you do, where, and how many you are.</source>
        <translation>Ce faceți, unde și câți sunteți.</translation>
    </message>
    <message>
        <source>We are a family bakery on the market square with four bakers and three people in the shop. We bake bread, buns and cakes every morning and take orders for parties.</source>
        <translation>Suntem o brutărie de familie în piața centrală, cu patru brutari și trei oameni la vânzare. Coacem în fiecare dimineață pâine, chifle și prăjituri și primim comenzi pentru petreceri.</translation>
    </message>
    <message>
        <source>The customers you serve, and the ones you want more of.</source>
        <translation>Clienții pe care îi serviți și cei pe care ați vrea să-i atrageți mai mult.</translation>
    </message>
    <message>
        <source>Neighbours who buy bread on the way to work, families who order birthday cakes, and the cafés and offices nearby that we deliver to.</source>
        <translation>Vecinii care iau pâine în drum spre serviciu, familiile care comandă torturi de ziua de naștere și cafenelele și birourile din apropiere, cărora le livrăm.</translation>
    </message>
    <message>
        <source>What customers should say about you to a friend.</source>
        <translation>Ce ar trebui să le spună clienții prietenilor despre dumneavoastră.</translation>
    </message>
    <message>
        <source>As the friendly bakery where the bread is fresh, the staff remember you and a special order is always ready on time.</source>
        <translation>Ca brutăria prietenoasă unde pâinea e proaspătă, vânzătorii te țin minte și o comandă specială e mereu gata la timp.</translation>
    </message>
    <message>
        <source>What good service means in your business.</source>
        <translation>Ce înseamnă servirea bună la dumneavoastră.</translation>
    </message>
    <message>
        <source>Good service is a short queue, honest advice about allergens, and putting things right at once when an order was wrong.</source>
        <translation>Pentru noi, servirea bună înseamnă o coadă scurtă, sfaturi cinstite despre alergeni și îndreptarea imediată a unei comenzi greșite.</translation>
    </message>
    <message>
        <source>What service costs you, and what it brings in (returning customers, word of mouth, fewer returns).</source>
        <translation>Cât vă costă servirea clienților și ce vă aduce (clienți care revin, recomandări din gură în gură, mai puține retururi).</translation>
    </message>
    <message>
        <source>Regulars buy several times a week and bring their friends. A cake that goes wrong costs us a customer for years, so we would rather replace it at once than argue.</source>
        <translation>Clienții fideli cumpără de mai multe ori pe săptămână și își aduc prietenii. Un tort nereușit ne costă un client pentru ani de zile, așa că preferăm să-l înlocuim pe loc decât să ne certăm.</translation>
    </message>
    <message>
        <source>How good you want to be, and compared with whom.</source>
        <translation>Cât de buni vreți să fiți și în comparație cu cine.</translation>
    </message>
    <message>
        <source>We want to be the bakery in town that always keeps its promises about orders, even in the Christmas rush.</source>
        <translation>Vrem să fim brutăria din oraș care își ține mereu promisiunile la comenzi, chiar și în agitația dinaintea Crăciunului.</translation>
    </message>
    <message>
        <source>The attitude staff bring to every customer.</source>
        <translation>Atitudinea pe care o are personalul față de fiecare client.</translation>
    </message>
    <message>
        <source>We listen first, answer honestly, and the person who hears about a problem owns it until the customer is happy.</source>
        <translation>Întâi ascultăm, apoi răspundem cinstit, iar cine află de o problemă se ocupă de ea până când clientul e mulțumit.</translation>
    </message>
    <message>
        <source>What customer service is for here, tied to the business&apos;s goals: solving problems, and also supporting sales.</source>
        <translation>Rolul relației cu clienții la dumneavoastră, legat de obiectivele firmei: rezolvarea problemelor, dar și sprijinirea vânzărilor.</translation>
    </message>
    <message>
        <source>Customer service keeps our regulars coming back and turns every order question into a chance to suggest the right cake for the occasion.</source>
        <translation>Relația cu clienții îi face pe clienții fideli să revină și transformă fiecare întrebare despre o comandă într-o ocazie de a sugera tortul potrivit pentru eveniment.</translation>
    </message>
</context>
<context>
    <name>NeedsStep</name>
    <message>
        <source>&lt;p&gt;Collect what you know about your customers before you promise anything: what the complaint log says, what surveys and conversations tell you, what staff hear, and what your own figures and your suppliers show. Then pick the &lt;b&gt;three most important problems&lt;/b&gt;; the goals in step 5 aim at them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tips for surveys and focus groups:&lt;/b&gt; ask open questions that invite a story (“What almost made you buy elsewhere last time?”, “What should we stop doing?”) rather than “Are you satisfied?”, which mostly brings praise. A short online survey gives current answers; note when it ran and how many answered.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Example: a bakery finds that a third of its complaints are about party orders not ready on time, staff are asked daily whether the bread contains nuts, and the delivery firm had to return eight times last month because nobody was in.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Adunați ce știți despre clienți înainte să promiteți ceva: ce arată registrul de reclamații, ce aflați din sondaje și conversații, ce aude personalul și ce arată propriile cifre și furnizorii. Apoi alegeți &lt;b&gt;cele mai importante trei probleme&lt;/b&gt;; obiectivele de la pasul 5 se vor ocupa de ele.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sfaturi pentru sondaje și grupuri de discuție:&lt;/b&gt; puneți întrebări deschise, care îi invită pe oameni să povestească („Ce era cât pe ce să vă facă data trecută să cumpărați din altă parte?”, „Ce ar trebui să nu mai facem?”), nu „Sunteți mulțumit?”, care aduce mai ales laude. Un scurt sondaj online vă dă răspunsuri la zi; notați când a avut loc și câți au răspuns.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Exemplu: o brutărie constată că o treime dintre reclamații privesc comenzi pentru petreceri care nu au fost gata la timp, că personalul este întrebat zilnic dacă pâinea conține nuci și că luna trecută firma de curierat a trebuit să revină de opt ori pentru că nu era nimeni să primească livrarea.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What the complaint log says</source>
        <translation>Ce arată registrul de reclamații</translation>
    </message>
    <message>
        <source>The complaints per category, read from the log each time you open this step.</source>
        <translation>Reclamațiile pe categorii, citite din registru de fiecare dată când deschideți acest pas.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatări</translation>
    </message>
    <message>
        <source>What surveys, focus groups, your own figures and your suppliers tell you, each with its source and period. The buttons below start the typical figures for you.</source>
        <translation>Ce vă spun sondajele, grupurile de discuție, propriile cifre și furnizorii, fiecare cu sursa și perioada lui. Butoanele de mai jos vă pregătesc cifrele obișnuite.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatare</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>De unde provine</translation>
    </message>
    <message>
        <source>Add a Finding…</source>
        <translation>Adaugă o constatare…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Ask the people at the counter and on the phone: which questions and complaints come up every week?</source>
        <translation>Întrebați-i pe cei de la ghișeu și de la telefon: ce întrebări și reclamații apar în fiecare săptămână?</translation>
    </message>
    <message>
        <source>Whether the bread contains nuts or milk; whether a cake can be ready tomorrow; why the sourdough loaf is sold out by noon on Saturdays.</source>
        <translation>Dacă pâinea conține nuci sau lapte; dacă un tort poate fi gata mâine; de ce pâinea cu maia se termină sâmbăta până la prânz.</translation>
    </message>
    <message>
        <source>The three most important problems</source>
        <translation>Cele mai importante trei probleme</translation>
    </message>
    <message>
        <source>&lt;p&gt;A problem earns a place here when it is &lt;b&gt;frequent&lt;/b&gt; (it keeps coming back), &lt;b&gt;costly&lt;/b&gt; (it costs money, time or customers) and &lt;b&gt;actionable&lt;/b&gt; (specific enough that you know what to change). “My order arrived broken” is actionable; “I was unhappy” is not: ask what made the customer unhappy and write that.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O problemă își câștigă locul aici când este &lt;b&gt;frecventă&lt;/b&gt; (revine mereu), &lt;b&gt;costisitoare&lt;/b&gt; (costă bani, timp sau clienți) și &lt;b&gt;rezolvabilă&lt;/b&gt; (destul de concretă încât să știți ce trebuie schimbat). „Comanda mea a ajuns deteriorată” este rezolvabilă; „Am fost nemulțumit” nu este: întrebați ce anume l-a nemulțumit pe client și scrieți asta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Take the Top Three from the Complaint Log</source>
        <translation>Preia primele trei din registrul de reclamații</translation>
    </message>
    <message>
        <source>Fills the empty rows with the categories that had most complaints in the period above.</source>
        <translation>Completează rândurile goale cu categoriile care au avut cele mai multe reclamații în perioada de mai sus.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retururi</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>Produse returnate</translation>
    </message>
    <message>
        <source>% of sales</source>
        <translation>% din vânzări</translation>
    </message>
    <message>
        <source>Backorders and Stock-outs</source>
        <translation>Comenzi restante și stoc epuizat</translation>
    </message>
    <message>
        <source>Backorders and stock-outs</source>
        <translation>Comenzi restante și stoc epuizat</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pe lună</translation>
    </message>
    <message>
        <source>Internal Reject Rate</source>
        <translation>Rata internă de rebut</translation>
    </message>
    <message>
        <source>Internal reject rate</source>
        <translation>Rata internă de rebut</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Carrier Redeliveries</source>
        <translation>Livrări repetate de curier</translation>
    </message>
    <message>
        <source>Deliveries the carrier had to make again</source>
        <translation>Livrări pe care curierul a trebuit să le refacă</translation>
    </message>
    <message>
        <source>Call-centre Waiting Time</source>
        <translation>Timp de așteptare la call center</translation>
    </message>
    <message>
        <source>Typical waiting time at the call centre</source>
        <translation>Timpul obișnuit de așteptare la call center</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secunde</translation>
    </message>
    <message>
        <source>Callers Who Hang Up</source>
        <translation>Apelanți care închid</translation>
    </message>
    <message>
        <source>Callers who hang up before reaching someone</source>
        <translation>Apelanți care închid înainte să vorbească cu cineva</translation>
    </message>
    <message>
        <source>Your own figures:</source>
        <translation>Cifrele dumneavoastră:</translation>
    </message>
    <message>
        <source>From suppliers:</source>
        <translation>De la furnizori:</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Vezi…</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(fără titlu)</translation>
    </message>
    <message>
        <source>Delete the Finding</source>
        <translation>Ștergeți constatarea</translation>
    </message>
    <message>
        <source>Delete the finding “%1”? This cannot be undone.</source>
        <translation>Ștergeți constatarea „%1”? Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Păstreaz-o</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>Nu s-a șters</translation>
    </message>
    <message>
        <source>Nothing to Take</source>
        <translation>Nimic de preluat</translation>
    </message>
    <message>
        <source>The complaint log has no complaints with a category in this period. Choose a longer period, or write the problems yourself.</source>
        <translation>În această perioadă, registrul nu are reclamații cu categorie. Alegeți o perioadă mai lungă sau scrieți dumneavoastră problemele.</translation>
    </message>
    <message>
        <source>The top categories of the log are in the rows already, or every row is written. Clear a row to take a category into it.</source>
        <translation>Principalele categorii din registru sunt deja în rânduri sau toate rândurile sunt completate. Goliți un rând ca să preluați o categorie în el.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de la %1 până la %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de la %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>până la %1</translation>
    </message>
    <message>
        <source>Recorded on %1</source>
        <translation>Înregistrată pe %1</translation>
    </message>
</context>
<context>
    <name>OfficeHoursPage</name>
    <message>
        <source>Closed all day</source>
        <translation>Închis toată ziua</translation>
    </message>
    <message>
        <source>Closed part of the day</source>
        <translation>Închis o parte din zi</translation>
    </message>
    <message>
        <source>Extra opening</source>
        <translation>Deschidere suplimentară</translation>
    </message>
    <message>
        <source>“%1” is not a time of day. Write hours and minutes, like 09:30.</source>
        <translation>„%1” nu este o oră. Scrieți ora și minutele, de exemplu 09:30.</translation>
    </message>
    <message>
        <source>It starts and ends at the same time (%1). Choose a later end (00:00 to 00:00 means the whole day).</source>
        <translation>Începe și se termină la aceeași oră (%1). Alegeți o oră de sfârșit mai târzie (de la 00:00 la 00:00 înseamnă toată ziua).</translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Choose one from the list, such as Europe/Stockholm.</source>
        <translation>„%1” nu este un fus orar. Alegeți unul din listă, de exemplu Europe/Bucharest.</translation>
    </message>
    <message>
        <source>PolicyDesk knows no public holidays for “%1”. Choose a country from the list.</source>
        <translation>PolicyDesk nu cunoaște sărbătorile legale pentru „%1”. Alegeți o țară din listă.</translation>
    </message>
    <message>
        <source>“%1” is not a region of that country. Choose one from the list.</source>
        <translation>„%1” nu este o regiune a acestei țări. Alegeți una din listă.</translation>
    </message>
    <message>
        <source>This date already has an own entry (%1). Change or delete that one instead.</source>
        <translation>Pentru această dată există deja o intrare proprie (%1). Modificați-o sau ștergeți-o pe aceea.</translation>
    </message>
    <message>
        <source>Give the times: from when until when.</source>
        <translation>Completați orele: de la ce oră până la ce oră.</translation>
    </message>
    <message>
        <source>Choose a date between 1970 and 2199.</source>
        <translation>Alegeți o dată între 1970 și 2199.</translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Nota este prea lungă: cel mult %1 de caractere.</translation>
    </message>
    <message>
        <source>The note contains invisible control characters. Remove them.</source>
        <translation>Nota conține caractere de control invizibile. Ștergeți-le.</translation>
    </message>
    <message>
        <source>Choose what happens on the date.</source>
        <translation>Alegeți ce se întâmplă în acea zi.</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>Alegeți o zi a săptămânii.</translation>
    </message>
    <message>
        <source>This entry is no longer there; perhaps it was deleted meanwhile.</source>
        <translation>Această intrare nu mai există; poate a fost ștearsă între timp.</translation>
    </message>
    <message>
        <source>%1 overlaps %2, which is already set for this date. Change the times.</source>
        <translation>%1 se suprapune cu %2, care este deja stabilit pentru această dată. Modificați orele.</translation>
    </message>
    <message>
        <source>%1 overlaps %2. Change the times so they do not overlap.</source>
        <translation>%1 se suprapune cu %2. Modificați orele ca să nu se mai suprapună.</translation>
    </message>
    <message>
        <source>%1 overlaps %2 on %3 (it runs past midnight). Change one of them so they do not overlap.</source>
        <translation>%1 se suprapune cu %2 de %3 (trece de miezul nopții). Modificați unul dintre ele ca să nu se mai suprapună.</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Program de lucru</translation>
    </message>
    <message>
        <source>When you are open decides how the service clock counts: time outside these hours, on holidays and on your own closed days is not counted.</source>
        <translation>Programul de lucru stabilește cum se calculează termenele: timpul din afara acestui program, din sărbători și din zilele în care ați ales să închideți nu se socotește.</translation>
    </message>
    <message>
        <source>Time zone and holidays</source>
        <translation>Fus orar și sărbători</translation>
    </message>
    <message>
        <source>Also closed on Midsummer Eve, Christmas Eve and New Year&apos;s Eve</source>
        <translation>Închis și în ajun de Midsommar, de Crăciun și de Anul Nou</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fus orar:</translation>
    </message>
    <message>
        <source>Public &amp;holidays of:</source>
        <translation>&amp;Sărbători legale din:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regiune:</translation>
    </message>
    <message>
        <source>Opening hours each week</source>
        <translation>Programul săptămânal</translation>
    </message>
    <message>
        <source>A day can have several intervals, such as 09:00–12:00 and 13:00–18:00. An interval that closes at or before its opening time ends the next day, as in 18:00–02:00. A day without intervals is closed. Each day is saved when you leave it.</source>
        <translation>O zi poate avea mai multe intervale, de exemplu 09:00–12:00 și 13:00–18:00. Un interval care se închide la ora de deschidere sau înaintea ei se termină a doua zi, ca în 18:00–02:00. O zi fără intervale este închisă. Fiecare zi se salvează când treceți la alta.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Your own dates</source>
        <translation>Zilele dumneavoastră speciale</translation>
    </message>
    <message>
        <source>Days you close, close early or open although you are normally closed: stocktaking, a wedding, Christmas shopping on a Sunday.</source>
        <translation>Zilele în care închideți, închideți mai devreme sau deschideți deși de obicei aveți închis: inventar, o nuntă, cumpărături de Crăciun într-o duminică.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adaugă…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>Anul dintr-o privire</translation>
    </message>
    <message>
        <source>None (no public holidays)</source>
        <translation>Niciuna (fără sărbători legale)</translation>
    </message>
    <message>
        <source>Only for Sweden, where many businesses close on these days.</source>
        <translation>Doar pentru Suedia, unde multe firme închid în aceste zile.</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>Toată țara</translation>
    </message>
    <message>
        <source>Delete the Date</source>
        <translation>Ștergeți data</translation>
    </message>
    <message>
        <source>Delete “%1” on %2?</source>
        <translation>Ștergeți „%1” din %2?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Păstrează</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nu s-a șters</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>%1: %2 against a minimum of %3.</source>
        <translation>%1: %2, față de nivelul minim de %3.</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Încă nimeni</translation>
    </message>
    <message>
        <source>%1 (no longer on the staff)</source>
        <translation>%1 (nu mai face parte din personal)</translation>
    </message>
    <message>
        <source>Make an improvement plan</source>
        <translation>Faceți un plan de îmbunătățire</translation>
    </message>
    <message>
        <source>Made at the review meeting of %1.</source>
        <translation>Făcut la ședința de analiză din %1.</translation>
    </message>
    <message>
        <source>%1 (has an open plan)</source>
        <translation>%1 (are un plan deschis)</translation>
    </message>
    <message>
        <source>%1 (below its minimum)</source>
        <translation>%1 (sub nivelul minim)</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Obiectiv:</translation>
    </message>
    <message>
        <source>Why the plan is made: the figure, and what is behind it</source>
        <translation>De ce se face planul: cifra și ce se află în spatele ei</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>De ce:</translation>
    </message>
    <message>
        <source>Actions: what is to be done, who does it, by when</source>
        <translation>Acțiuni: ce trebuie făcut, cine face și până când</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Adaugă o acțiune</translation>
    </message>
    <message>
        <source>Make the plan</source>
        <translation>Creează planul</translation>
    </message>
    <message>
        <source>Choose the goal the plan is for.</source>
        <translation>Alegeți obiectivul pentru care este planul.</translation>
    </message>
</context>
<context>
    <name>PolicyHtml</name>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Customer service policy</source>
        <translation>Politica de relații cu clienții</translation>
    </message>
    <message>
        <source>Working notes: not part of the printed policy.</source>
        <translation>Note de lucru: nu fac parte din politica tipărită.</translation>
    </message>
    <message>
        <source>Nothing is written here yet.</source>
        <translation>Aici nu este scris încă nimic.</translation>
    </message>
    <message>
        <source>(left out of the printed policy)</source>
        <translation>(nu apare în politica tipărită)</translation>
    </message>
    <message>
        <source>(working notes, not printed)</source>
        <translation>(note de lucru, nu se tipăresc)</translation>
    </message>
    <message>
        <source>The three most important problems</source>
        <translation>Cele mai importante trei probleme</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Contacts today, per channel</source>
        <translation>Contactele în prezent, pe canale</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Tone of voice</source>
        <translation>Tonul comunicării</translation>
    </message>
    <message>
        <source>recorded on %1</source>
        <translation>înregistrată pe %1</translation>
    </message>
    <message>
        <source>Passes the rule: frequent, costly and actionable.</source>
        <translation>Îndeplinește regula: frecventă, costisitoare și rezolvabilă.</translation>
    </message>
    <message>
        <source>frequent</source>
        <translation>frecventă</translation>
    </message>
    <message>
        <source>costly</source>
        <translation>costisitoare</translation>
    </message>
    <message>
        <source>actionable</source>
        <translation>rezolvabilă</translation>
    </message>
    <message>
        <source>Does not pass the rule yet; not marked as %1.</source>
        <translation>Încă nu îndeplinește regula; nu este marcată ca %1.</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>țintă %1</translation>
    </message>
    <message>
        <source>minimum level %1</source>
        <translation>nivel minim %1</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>valoare de referință %1</translation>
    </message>
    <message>
        <source>measure first for %1 months</source>
        <translation>întâi se măsoară %1 luni</translation>
    </message>
    <message>
        <source>within %1 seconds</source>
        <translation>în cel mult %1 secunde</translation>
    </message>
    <message>
        <source>abandoned calls: %1</source>
        <translation>apeluri abandonate: %1</translation>
    </message>
    <message>
        <source>(within %1 seconds)</source>
        <translation>(în primele %1 secunde)</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>responsabil: %1</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>analiză: %1</translation>
    </message>
    <message>
        <source>for top problem %1</source>
        <translation>pentru problema principală %1</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Your customer service policy</source>
        <translation>Politica dumneavoastră de relații cu clienții</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nine short steps take you from your business and mission, through what your customers need, a vision and measurable promises, to the policy areas, staff guidelines and rollout. The last step shows the whole policy for approval.&lt;/p&gt;&lt;p&gt;Take a few evenings. Everything is saved as you type, you can go to any step at any time, and PolicyDesk reopens where you left off. Every step has guidance and an example from a small business that you can take over.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nouă pași scurți vă duc de la firma și misiunea dumneavoastră, prin nevoile clienților, o viziune și promisiuni măsurabile, până la domeniile politicii, îndrumările pentru personal și punerea în practică. Ultimul pas arată întreaga politică, pentru aprobare.&lt;/p&gt;&lt;p&gt;Acordați-vă câteva seri. Totul se salvează pe măsură ce scrieți, puteți trece oricând la orice pas, iar PolicyDesk se redeschide acolo unde ați rămas. Fiecare pas are îndrumări și un exemplu de la o firmă mică, pe care îl puteți prelua.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start Writing the Policy</source>
        <translation>Începe redactarea politicii</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Înapoi</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Înainte &gt;</translation>
    </message>
    <message>
        <source>Draft of version %1. Everything you type is saved.</source>
        <translation>Ciorna versiunii %1. Tot ce scrieți se salvează.</translation>
    </message>
    <message>
        <source>Draft of version %1, based on version %2. Everything you type is saved.</source>
        <translation>Ciorna versiunii %1, pornind de la versiunea %2. Tot ce scrieți se salvează.</translation>
    </message>
    <message>
        <source>Version %1 was approved on %2 by %3 and can no longer change.</source>
        <translation>Versiunea %1 a fost aprobată pe %2 de %3 și nu mai poate fi modificată.</translation>
    </message>
    <message>
        <source>Start Version %1</source>
        <translation>Începe versiunea %1</translation>
    </message>
    <message>
        <source>Customer service policy</source>
        <translation>Politica de relații cu clienții</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>Not saved: see the note under the field.</source>
        <translation>Nesalvat: vedeți nota de sub câmp.</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Toate modificările au fost salvate.</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Încă nesalvat: %1</translation>
    </message>
    <message>
        <source>Start Version %1?</source>
        <translation>Începeți versiunea %1?</translation>
    </message>
    <message>
        <source>The policy in force is approved and cannot change. A new goal goes into version %1, a draft copied from it. Start version %1 now?</source>
        <translation>Politica în vigoare este aprobată și nu se mai poate modifica. Un obiectiv nou intră în versiunea %1, o ciornă copiată după ea. Începeți acum versiunea %1?</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nu acum</translation>
    </message>
</context>
<context>
    <name>PolicyTexts</name>
    <message>
        <source>Business and mission</source>
        <translation>Firma și misiunea</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Situația de azi</translation>
    </message>
    <message>
        <source>Customer needs</source>
        <translation>Nevoile clienților</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Viziunea</translation>
    </message>
    <message>
        <source>Goals and promises</source>
        <translation>Obiective și promisiuni</translation>
    </message>
    <message>
        <source>Policy areas</source>
        <translation>Domeniile politicii</translation>
    </message>
    <message>
        <source>Staff guidelines</source>
        <translation>Îndrumări pentru personal</translation>
    </message>
    <message>
        <source>Rollout and follow-up</source>
        <translation>Punere în practică și urmărire</translation>
    </message>
    <message>
        <source>Review and approve</source>
        <translation>Verificare și aprobare</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Neînceput</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>În lucru</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminat</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ciornă</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobată</translation>
    </message>
    <message>
        <source>Replaced by a later version</source>
        <translation>Înlocuită de o versiune mai nouă</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Produse și servicii</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Rapiditate</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicare</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Urmărire</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamații</translation>
    </message>
    <message>
        <source>Keeping customers</source>
        <translation>Păstrarea clienților</translation>
    </message>
    <message>
        <source>Staff feedback and recognition</source>
        <translation>Feedback și aprecieri pentru personal</translation>
    </message>
    <message>
        <source>Yes, they can</source>
        <translation>Da, pot</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Parțial</translation>
    </message>
    <message>
        <source>No, we must invest</source>
        <translation>Nu, trebuie să investim</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Proprietarul</translation>
    </message>
    <message>
        <source>The management team</source>
        <translation>Echipa de conducere</translation>
    </message>
    <message>
        <source>The board</source>
        <translation>Consiliul de administrație</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Ultimele 3 luni</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>Ultimele 6 luni</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Ultimele 12 luni</translation>
    </message>
    <message>
        <source>Everything logged</source>
        <translation>Tot ce s-a înregistrat</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrial</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pe zi</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pe săptămână</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Mai mare e mai bine</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Mai mic e mai bine</translation>
    </message>
    <message>
        <source>Count as not answered in time</source>
        <translation>Se numără ca apeluri fără răspuns la timp</translation>
    </message>
    <message>
        <source>Leave out of the figure</source>
        <translation>Se exclud din calcul</translation>
    </message>
    <message>
        <source>Leave out only those who hang up quickly</source>
        <translation>Se exclud doar cei care închid repede</translation>
    </message>
    <message>
        <source>Complaint log</source>
        <translation>Registrul de reclamații</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Sondaj</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Grup de discuție</translation>
    </message>
    <message>
        <source>What staff hear</source>
        <translation>Ce aude personalul</translation>
    </message>
    <message>
        <source>Operational figure</source>
        <translation>Indicator operațional</translation>
    </message>
    <message>
        <source>Supplier or service provider</source>
        <translation>Furnizor sau prestator de servicii</translation>
    </message>
    <message>
        <source>Answer calls within a time</source>
        <translation>Răspuns la apeluri într-un timp stabilit</translation>
    </message>
    <message>
        <source>Reply to e-mail within business hours</source>
        <translation>Răspuns la e-mailuri în ore de program</translation>
    </message>
    <message>
        <source>Resolve complaints within business days</source>
        <translation>Reclamații rezolvate în zile lucrătoare</translation>
    </message>
    <message>
        <source>Available during office hours</source>
        <translation>Disponibilitate în programul de lucru</translation>
    </message>
    <message>
        <source>Return rate at most</source>
        <translation>Rată de retur de cel mult</translation>
    </message>
    <message>
        <source>Complainants satisfied with the handling</source>
        <translation>Reclamanți mulțumiți de rezolvare</translation>
    </message>
    <message>
        <source>Complainants who buy again</source>
        <translation>Reclamanți care cumpără din nou</translation>
    </message>
    <message>
        <source>Your own goal</source>
        <translation>Obiectiv propriu</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Numele firmei</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Domeniu de activitate</translation>
    </message>
    <message>
        <source>Who we are</source>
        <translation>Cine suntem</translation>
    </message>
    <message>
        <source>Who we are there for</source>
        <translation>Pentru cine suntem aici</translation>
    </message>
    <message>
        <source>How we want to be perceived</source>
        <translation>Cum vrem să fim percepuți</translation>
    </message>
    <message>
        <source>Our view of service</source>
        <translation>Cum vedem serviciul pentru clienți</translation>
    </message>
    <message>
        <source>The economic perspective</source>
        <translation>Perspectiva economică</translation>
    </message>
    <message>
        <source>Our level of ambition</source>
        <translation>Nivelul nostru de ambiție</translation>
    </message>
    <message>
        <source>Our basic approach</source>
        <translation>Abordarea noastră de bază</translation>
    </message>
    <message>
        <source>The strategic mission of customer service</source>
        <translation>Misiunea strategică a relațiilor cu clienții</translation>
    </message>
    <message>
        <source>The desired state</source>
        <translation>Situația dorită</translation>
    </message>
    <message>
        <source>People handling customer contacts</source>
        <translation>Persoane care se ocupă de contactele cu clienții</translation>
    </message>
    <message>
        <source>Business hours per working day</source>
        <translation>Ore de program pe zi lucrătoare</translation>
    </message>
    <message>
        <source>Contacts one person handles per day</source>
        <translation>Contacte preluate de o persoană pe zi</translation>
    </message>
    <message>
        <source>Contacts waiting right now</source>
        <translation>Contacte care așteaptă acum</translation>
    </message>
    <message>
        <source>Working days per week</source>
        <translation>Zile lucrătoare pe săptămână</translation>
    </message>
    <message>
        <source>Tools in use</source>
        <translation>Instrumente folosite</translation>
    </message>
    <message>
        <source>Can the tools meet the goals?</source>
        <translation>Pot instrumentele să susțină obiectivele?</translation>
    </message>
    <message>
        <source>Investments needed</source>
        <translation>Investiții necesare</translation>
    </message>
    <message>
        <source>Complaint log period</source>
        <translation>Perioada din registrul de reclamații</translation>
    </message>
    <message>
        <source>What staff hear most</source>
        <translation>Ce aude personalul cel mai des</translation>
    </message>
    <message>
        <source>Success in 3–5 years</source>
        <translation>Succesul peste 3–5 ani</translation>
    </message>
    <message>
        <source>Five reasons for the success</source>
        <translation>Cinci motive ale succesului</translation>
    </message>
    <message>
        <source>The same reasons, as customers say them</source>
        <translation>Aceleași motive, spuse de clienți</translation>
    </message>
    <message>
        <source>The steps that got us there</source>
        <translation>Pașii care ne-au dus acolo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>Viziunea noastră</translation>
    </message>
    <message>
        <source>Handling a complaint</source>
        <translation>Rezolvarea unei reclamații</translation>
    </message>
    <message>
        <source>What staff may decide alone</source>
        <translation>Ce poate decide personalul singur</translation>
    </message>
    <message>
        <source>Compensation staff may give without asking</source>
        <translation>Despăgubiri pe care personalul le poate da fără să întrebe</translation>
    </message>
    <message>
        <source>Escalation route</source>
        <translation>Cui se transmite cazul</translation>
    </message>
    <message>
        <source>What we ask of customers</source>
        <translation>Ce le cerem clienților</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Instruire</translation>
    </message>
    <message>
        <source>Mandatory meeting</source>
        <translation>Ședință obligatorie</translation>
    </message>
    <message>
        <source>Who decides</source>
        <translation>Cine decide</translation>
    </message>
    <message>
        <source>How the decision is taken</source>
        <translation>Cum se ia decizia</translation>
    </message>
    <message>
        <source>Follow-up routine</source>
        <translation>Rutina de urmărire</translation>
    </message>
    <message>
        <source>Responsible for follow-up</source>
        <translation>Responsabil cu urmărirea</translation>
    </message>
    <message>
        <source>How results reach staff and management</source>
        <translation>Cum ajung rezultatele la personal și la conducere</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobată de</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Data aprobării</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>Constatarea %1: %2</translation>
    </message>
    <message>
        <source>Top problem %1: %2</source>
        <translation>Problema principală %1: %2</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Obiectivul %1: %2</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>volum de contacte</translation>
    </message>
    <message>
        <source>inflow period</source>
        <translation>perioadă pentru volumul de contacte</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>strategie</translation>
    </message>
    <message>
        <source>tone of voice</source>
        <translation>tonul comunicării</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sursă</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titlu</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detalii</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valoare</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unitate</translation>
    </message>
    <message>
        <source>period from</source>
        <translation>perioadă de la</translation>
    </message>
    <message>
        <source>period to</source>
        <translation>perioadă până la</translation>
    </message>
    <message>
        <source>where it comes from</source>
        <translation>de unde provine</translation>
    </message>
    <message>
        <source>recorded on</source>
        <translation>data înregistrării</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>frequent</source>
        <translation>frecventă</translation>
    </message>
    <message>
        <source>costly</source>
        <translation>costisitoare</translation>
    </message>
    <message>
        <source>actionable</source>
        <translation>rezolvabilă</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tip</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definiție</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sens</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>within seconds</source>
        <translation>în câte secunde</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>valoare de referință</translation>
    </message>
    <message>
        <source>baseline from</source>
        <translation>valoare de referință de la</translation>
    </message>
    <message>
        <source>baseline to</source>
        <translation>valoare de referință până la</translation>
    </message>
    <message>
        <source>measure first for months</source>
        <translation>măsurare mai întâi, în luni</translation>
    </message>
    <message>
        <source>minimum level</source>
        <translation>nivel minim</translation>
    </message>
    <message>
        <source>target</source>
        <translation>țintă</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsabil</translation>
    </message>
    <message>
        <source>review</source>
        <translation>frecvența analizei</translation>
    </message>
    <message>
        <source>abandoned calls</source>
        <translation>apeluri abandonate</translation>
    </message>
    <message>
        <source>short hang-up within seconds</source>
        <translation>închidere rapidă, în secunde</translation>
    </message>
    <message>
        <source>top problem</source>
        <translation>problemă principală</translation>
    </message>
    <message>
        <source>This answer cannot be stored here.</source>
        <translation>Acest răspuns nu poate fi salvat aici.</translation>
    </message>
    <message>
        <source>This is %1 characters long; shorten it to %2 at most.</source>
        <translation>Numărul de caractere: %1; scurtați textul la cel mult %2.</translation>
    </message>
    <message>
        <source>This text holds invisible control characters (often from a copy and paste); type it again or paste it as plain text.</source>
        <translation>Textul conține caractere de control invizibile (de obicei de la copiere și lipire); scrieți-l din nou sau lipiți-l ca text simplu.</translation>
    </message>
    <message>
        <source>Write a number here.</source>
        <translation>Scrieți aici un număr.</translation>
    </message>
    <message>
        <source>Write a whole number here.</source>
        <translation>Scrieți aici un număr întreg.</translation>
    </message>
    <message>
        <source>The smallest allowed is %1.</source>
        <translation>Valoarea minimă permisă este %1.</translation>
    </message>
    <message>
        <source>The largest allowed is %1.</source>
        <translation>Valoarea maximă permisă este %1.</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>Alegeți o dată.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Alegeți una dintre variante.</translation>
    </message>
    <message>
        <source>This version is approved and can no longer change. Start a new version to edit it.</source>
        <translation>Această versiune este aprobată și nu se mai poate modifica. Pentru modificări, începeți o versiune nouă.</translation>
    </message>
    <message>
        <source>This was removed meanwhile (perhaps in another window).</source>
        <translation>Elementul a fost șters între timp (poate în altă fereastră).</translation>
    </message>
    <message>
        <source>Give the goal a short title that says what you promise.</source>
        <translation>Dați obiectivului un titlu scurt, care spune ce promiteți.</translation>
    </message>
    <message>
        <source>A percentage lies between 0 and 100.</source>
        <translation>Un procent este între 0 și 100.</translation>
    </message>
    <message>
        <source>The minimum level is the worst you accept, so it cannot be better than the target.</source>
        <translation>Nivelul minim este cel mai slab rezultat pe care îl acceptați, deci nu poate fi mai bun decât ținta.</translation>
    </message>
    <message>
        <source>Say which period the baseline was measured in.</source>
        <translation>Precizați în ce perioadă a fost măsurată valoarea de referință.</translation>
    </message>
    <message>
        <source>You have a baseline already; clear “measure first” or clear the baseline.</source>
        <translation>Aveți deja o valoare de referință; debifați „măsurare mai întâi” sau ștergeți valoarea de referință.</translation>
    </message>
    <message>
        <source>Say within how many seconds calls are to be answered.</source>
        <translation>Precizați în câte secunde trebuie preluate apelurile.</translation>
    </message>
    <message>
        <source>Say how quick a hang-up is to be left out (in seconds).</source>
        <translation>Precizați sub câte secunde un apel închis repede nu se ia în calcul.</translation>
    </message>
    <message>
        <source>Choose one of the three top problems.</source>
        <translation>Alegeți una dintre cele trei probleme principale.</translation>
    </message>
    <message>
        <source>The end of the period comes before its start.</source>
        <translation>Sfârșitul perioadei este înaintea începutului ei.</translation>
    </message>
    <message>
        <source>Write the vision (step 4, Vision statement).</source>
        <translation>Scrieți viziunea (pasul 4, Viziunea).</translation>
    </message>
    <message>
        <source>Add at least one goal with a target, or with a plan to measure a baseline first (step 5, Goals and promises).</source>
        <translation>Adăugați cel puțin un obiectiv cu o țintă sau cu planul de a măsura mai întâi o valoare de referință (pasul 5, Obiective și promisiuni).</translation>
    </message>
    <message>
        <source>Write how staff handle a complaint (step 7, Staff guidelines).</source>
        <translation>Scrieți cum rezolvă personalul o reclamație (pasul 7, Îndrumări pentru personal).</translation>
    </message>
    <message>
        <source>Name the person responsible for follow-up (step 8, Rollout and follow-up).</source>
        <translation>Numiți persoana responsabilă cu urmărirea (pasul 8, Punere în practică și urmărire).</translation>
    </message>
    <message>
        <source>Write the names of those who approve the policy.</source>
        <translation>Scrieți numele celor care aprobă politica.</translation>
    </message>
    <message>
        <source>Choose the day the policy is approved.</source>
        <translation>Alegeți ziua în care se aprobă politica.</translation>
    </message>
    <message>
        <source>The approval date lies in the future; approve on the day itself.</source>
        <translation>Data aprobării este în viitor; aprobați politica chiar în ziua respectivă.</translation>
    </message>
    <message>
        <source>Only a draft can be approved; this version is approved already.</source>
        <translation>Doar o ciornă poate fi aprobată; această versiune este deja aprobată.</translation>
    </message>
    <message>
        <source>Top problem %1 (“%2”) has no goal yet.</source>
        <translation>Problema principală %1 („%2”) nu are încă un obiectiv.</translation>
    </message>
    <message>
        <source>Top problem %1 (“%2”) is not marked frequent, costly and actionable; is it the right one?</source>
        <translation>Problema principală %1 („%2”) nu este marcată ca frecventă, costisitoare și rezolvabilă; este cea potrivită?</translation>
    </message>
    <message>
        <source>The three most important problems are not written yet (step 3).</source>
        <translation>Cele mai importante trei probleme nu sunt încă scrise (pasul 3).</translation>
    </message>
    <message>
        <source>The goal “%1” has a target but no baseline; targets hold best after a few months of measuring.</source>
        <translation>Obiectivul „%1” are o țintă, dar nu are o valoare de referință; țintele sunt mai sigure după câteva luni de măsurare.</translation>
    </message>
    <message>
        <source>The vision has %1 words; a vision people remember has about %2 at most.</source>
        <translation>Numărul de cuvinte din viziune: %1; o viziune pe care oamenii o țin minte are cel mult circa %2.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Customer service policy</source>
        <translation>Politica de relații cu clienții</translation>
    </message>
    <message>
        <source>Customer charter</source>
        <translation>Carta clientului</translation>
    </message>
    <message>
        <source>Service-level agreement (SLA)</source>
        <translation>Acord privind nivelul serviciilor (SLA)</translation>
    </message>
    <message>
        <source>Self-assessment report</source>
        <translation>Raport de autoevaluare</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Raport privind reclamațiile</translation>
    </message>
    <message>
        <source>Review meeting pack</source>
        <translation>Dosarul ședinței de analiză</translation>
    </message>
    <message>
        <source>For the team: vision and mission, your promises with minimum and target, policy areas, staff guidelines, follow-up and signatures. Usually two pages.</source>
        <translation>Pentru echipă: viziunea și misiunea, promisiunile dumneavoastră cu nivelul minim și ținta, domeniile politicii, îndrumările pentru personal, urmărirea și semnăturile. De obicei, două pagini.</translation>
    </message>
    <message>
        <source>One page for the wall or the counter: your promise, how and when to reach you, response times, and how to make a complaint.</source>
        <translation>O pagină de afișat pe perete sau la ghișeu: promisiunea dumneavoastră, cum și când vă pot contacta clienții, termenele de răspuns și cum se face o reclamație.</translation>
    </message>
    <message>
        <source>At most two pages, signed by both sides: the measured service, targets with baseline, minimum and target, the clock rules and review meetings.</source>
        <translation>Cel mult două pagini, semnate de ambele părți: serviciul măsurat, obiectivele cu valoarea de referință, nivelul minim și ținta, regulile de calcul al termenelor și ședințele de analiză.</translation>
    </message>
    <message>
        <source>A round&apos;s quotient and band, the area scores with charts, the weakest areas and how the answers spread.</source>
        <translation>Coeficientul și nivelul unei runde, scorurile pe domenii cu grafice, domeniile cele mai slabe și cum se distribuie răspunsurile.</translation>
    </message>
    <message>
        <source>A period&apos;s complaints: counts per category and month, the top three problems, service-time compliance and the full list.</source>
        <translation>Reclamațiile dintr-o perioadă: numărul lor pe categorii și pe luni, principalele trei probleme, respectarea termenelor și lista completă.</translation>
    </message>
    <message>
        <source>For a review meeting: every goal&apos;s figures and trend, the improvement plans and their actions, decisions and feedback to staff, or the next meeting&apos;s agenda.</source>
        <translation>Pentru o ședință de analiză: cifrele și evoluția fiecărui obiectiv, planurile de îmbunătățire și acțiunile lor, deciziile și feedbackul pentru personal sau ordinea de zi a următoarei ședințe.</translation>
    </message>
    <message>
        <source>There is no policy to print yet. Write it on the Policy page first: the policy, the customer charter and the SLA are all printed from its answers.</source>
        <translation>Încă nu există o politică de tipărit. Redactați-o mai întâi pe pagina Politică: politica, carta clientului și SLA-ul se tipăresc toate din răspunsurile de acolo.</translation>
    </message>
    <message>
        <source>Version %1 of the policy is not there any more; perhaps it was deleted meanwhile. Choose another version.</source>
        <translation>Versiunea %1 a politicii nu mai există; poate a fost ștearsă între timp. Alegeți altă versiune.</translation>
    </message>
    <message>
        <source>There is no self-assessment round yet. Start one on the Self-assessment page; its report can then be printed here.</source>
        <translation>Încă nu există nicio rundă de autoevaluare. Începeți una pe pagina Autoevaluare; apoi raportul ei se poate tipări de aici.</translation>
    </message>
    <message>
        <source>The round “%1” is not there any more; perhaps it was deleted meanwhile. Choose another round.</source>
        <translation>Runda „%1” nu mai există; poate a fost ștearsă între timp. Alegeți altă rundă.</translation>
    </message>
    <message>
        <source>That review meeting is not there any more; perhaps it was deleted meanwhile. Choose another meeting.</source>
        <translation>Ședința de analiză respectivă nu mai există; poate a fost ștearsă între timp. Alegeți altă ședință.</translation>
    </message>
    <message>
        <source>The period ends before it begins. Choose a “To” day on or after the “From” day.</source>
        <translation>Perioada se termină înainte să înceapă. Alegeți la „Până la” aceeași zi ca la „De la” sau una ulterioară.</translation>
    </message>
    <message>
        <source>Building the document was cancelled.</source>
        <translation>Pregătirea documentului a fost anulată.</translation>
    </message>
    <message>
        <source>This version is not approved yet: it prints with a DRAFT mark. Approve it on the Policy page, or choose an approved version to print.</source>
        <translation>Această versiune nu este încă aprobată: se tipărește cu mențiunea CIORNĂ. Aprobați-o pe pagina Politică sau alegeți o versiune aprobată pentru tipărire.</translation>
    </message>
    <message>
        <source>The SLA runs over two pages; it is meant to fit on two. Fewer goals or shorter texts in the policy wizard make it fit.</source>
        <translation>SLA-ul depășește două pagini, deși ar trebui să încapă pe două. Cu mai puține obiective sau texte mai scurte în pașii de pe pagina Politică, va încăpea.</translation>
    </message>
    <message>
        <source>The policy runs over two pages; a typical policy fits on two. Shorter answers in the policy wizard make it fit.</source>
        <translation>Politica depășește două pagini; o politică obișnuită încape pe două. Cu răspunsuri mai scurte în pașii de pe pagina Politică, va încăpea.</translation>
    </message>
    <message>
        <source>Print &amp; export</source>
        <translation>Tipărire și export</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opțiuni</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limbă:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versiune:</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Rundă:</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Ședință:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De la:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Până la:</translation>
    </message>
    <message>
        <source>Only the complaints the log shows</source>
        <translation>Doar reclamațiile afișate în registru</translation>
    </message>
    <message>
        <source>The log&apos;s search and filters as they were when you chose Report… on the Complaints page</source>
        <translation>Căutarea și filtrele registrului, așa cum erau când ați ales Raport… pe pagina Reclamații</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>The paper every document is laid out for</source>
        <translation>Formatul de hârtie pentru care sunt așezate în pagină toate documentele</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Hârtie:</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Se pregătește documentul…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tipărește…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvează ca PDF…</translation>
    </message>
    <message>
        <source>Open in PDF &amp;Viewer</source>
        <translation>Deschide în &amp;vizualizatorul PDF</translation>
    </message>
    <message>
        <source>Open the document in the computer&apos;s PDF viewer, to print or send it from there</source>
        <translation>Deschide documentul în vizualizatorul PDF al calculatorului, ca să-l tipăriți sau să-l trimiteți de acolo</translation>
    </message>
    <message>
        <source>Version %1 — draft</source>
        <translation>Versiunea %1 — ciornă</translation>
    </message>
    <message>
        <source>Version %1 — approved %2</source>
        <translation>Versiunea %1 — aprobată pe %2</translation>
    </message>
    <message>
        <source>Version %1 — replaced</source>
        <translation>Versiunea %1 — înlocuită</translation>
    </message>
    <message>
        <source>No policy yet</source>
        <translation>Încă nu există o politică</translation>
    </message>
    <message>
        <source>%1 — still open</source>
        <translation>%1 — încă deschisă</translation>
    </message>
    <message>
        <source>No round yet</source>
        <translation>Încă nu există nicio rundă</translation>
    </message>
    <message>
        <source>Next meeting (agenda)</source>
        <translation>Ședința următoare (ordinea de zi)</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Ședința din %1</translation>
    </message>
    <message>
        <source>%1 — %2 pages</source>
        <translation>%1 — pagini: %2</translation>
    </message>
    <message>
        <source>%1 — 1 page</source>
        <translation>%1 — 1 pagină</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salvați ca PDF</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>S-a salvat ca %1</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Niciun vizualizator PDF</translation>
    </message>
    <message>
        <source>This computer has no program set to open PDF files. Save the document as a PDF and open it yourself, or install a PDF viewer.</source>
        <translation>Pe acest calculator nu este stabilit niciun program care să deschidă fișiere PDF. Salvați documentul ca PDF și deschideți-l dumneavoastră sau instalați un vizualizator PDF.</translation>
    </message>
    <message>
        <source>Opened in the PDF viewer</source>
        <translation>S-a deschis în vizualizatorul PDF</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Tipăriți %1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Se tipărește…</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Nu s-a putut tipări</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and connected, or save the document as a PDF and print that.</source>
        <translation>Tipărirea nu a putut începe. Verificați dacă imprimanta este pornită și conectată sau salvați documentul ca PDF și tipăriți-l pe acela.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Tipărirea a fost anulată.</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>Pagini trimise la imprimantă: %1.</translation>
    </message>
</context>
<context>
    <name>ProblemRow</name>
    <message>
        <source>The problem, as a customer would describe it</source>
        <translation>Problema, așa cum ar descrie-o un client</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>Problema %1</translation>
    </message>
    <message>
        <source>The complaint category it relates to</source>
        <translation>Categoria de reclamații de care ține</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Fără categorie</translation>
    </message>
    <message>
        <source>How often it happens, what it costs, and what you know about the cause</source>
        <translation>Cât de des se întâmplă, cât costă și ce știți despre cauză</translation>
    </message>
    <message>
        <source>Frequent</source>
        <translation>Frecventă</translation>
    </message>
    <message>
        <source>It keeps coming back, week after week.</source>
        <translation>Revine mereu, săptămână de săptămână.</translation>
    </message>
    <message>
        <source>Costly</source>
        <translation>Costisitoare</translation>
    </message>
    <message>
        <source>It costs money, time or customers.</source>
        <translation>Costă bani, timp sau clienți.</translation>
    </message>
    <message>
        <source>Actionable</source>
        <translation>Rezolvabilă</translation>
    </message>
    <message>
        <source>It is specific enough that you know what to change.</source>
        <translation>Este destul de concretă încât să știți ce trebuie schimbat.</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Categoria %1</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Încă nu este scrisă.</translation>
    </message>
    <message>
        <source>✓ Passes the rule: frequent, costly and actionable.</source>
        <translation>✓ Respectă regula: frecventă, costisitoare și rezolvabilă.</translation>
    </message>
    <message>
        <source>Does not pass the rule yet:</source>
        <translation>Încă nu respectă regula:</translation>
    </message>
    <message>
        <source>• Not frequent: a problem that seldom happens rarely earns a top place.</source>
        <translation>• Nu este frecventă: o problemă care apare rar merită rareori un loc în top.</translation>
    </message>
    <message>
        <source>• Not costly: if it costs no money, time or customers, fixing it pays little.</source>
        <translation>• Nu este costisitoare: dacă nu costă bani, timp sau clienți, rezolvarea ei aduce puțin.</translation>
    </message>
    <message>
        <source>• Not actionable: make it specific enough to act on (“the cake was crushed on delivery”, not “I was unhappy”).</source>
        <translation>• Nu este rezolvabilă: formulați-o destul de concret încât să puteți acționa („tortul a fost strivit la livrare”, nu „am fost nemulțumit”).</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Self-assessment: %1</source>
        <translation>Autoevaluare: %1</translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <translation>Runda %1 · %2</translation>
    </message>
    <message>
        <source>Rate each statement as things really are today, from 1 (not at all) to 5 (all the time). Answer on your own: you see only your own answers. Every answer is saved at once, so you can stop and continue later.</source>
        <translation>Notați fiecare afirmație după cum stau lucrurile cu adevărat azi, de la 1 (deloc) la 5 (tot timpul). Răspundeți pe cont propriu: vedeți doar propriile răspunsuri. Fiecare răspuns se salvează imediat, așa că vă puteți opri și puteți continua mai târziu.</translation>
    </message>
    <message>
        <source>Keyboard: 1–5 rate the marked statement, ← → change the rating, ↑ ↓ go to the previous or next statement, Tab goes on to the note.</source>
        <translation>Tastatură: 1–5 notează afirmația marcată, ← → schimbă nota, ↑ ↓ trec la afirmația anterioară sau următoare, Tab trece la comentariu.</translation>
    </message>
    <message>
        <source>The round is closed: the answers can be read but no longer changed.</source>
        <translation>Runda este închisă: răspunsurile pot fi citite, dar nu mai pot fi modificate.</translation>
    </message>
    <message>
        <source>Continue Later</source>
        <translation>Continuă mai târziu</translation>
    </message>
    <message>
        <source>Close the questionnaire; every answer so far is saved already</source>
        <translation>Închide chestionarul; toate răspunsurile de până acum sunt deja salvate</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizează</translation>
    </message>
    <message>
        <source>Say you are done (every statement needs a rating)</source>
        <translation>Marchează chestionarul ca terminat (fiecare afirmație trebuie să aibă o notă)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Răspunsuri: %1 din %2</translation>
    </message>
    <message>
        <source>Statements still without a rating: %1. They are marked; the first one is shown. Rate them and press Finish again.</source>
        <translation>Afirmații încă fără notă: %1. Sunt marcate, iar prima este afișată. Notați-le și apăsați din nou Finalizează.</translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <source>Add a Respondent</source>
        <translation>Adăugați un respondent</translation>
    </message>
    <message>
        <source>By &amp;name</source>
        <translation>Cu &amp;nume</translation>
    </message>
    <message>
        <source>&amp;Anonymously, by role only</source>
        <translation>&amp;Anonim, doar cu rolul</translation>
    </message>
    <message>
        <source>The round shows only the role, so nobody can tell whose answers they are</source>
        <translation>Runda arată doar rolul, așa că nimeni nu poate ști ale cui sunt răspunsurile</translation>
    </message>
    <message>
        <source>Choose from the staff list or type a name</source>
        <translation>Alegeți din lista de personal sau scrieți un nume</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Nu&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Type the person&apos;s name, or choose “Anonymously, by role only”.</source>
        <translation>Scrieți numele persoanei sau alegeți „Anonim, doar cu rolul”.</translation>
    </message>
</context>
<context>
    <name>ReviewMeetingsView</name>
    <message>
        <source>Review meetings</source>
        <translation>Ședințe de analiză</translation>
    </message>
    <message>
        <source>Record this meeting…</source>
        <translation>Înregistrează ședința…</translation>
    </message>
    <message>
        <source>Record the meeting once it is held; today&apos;s figures are kept with it.</source>
        <translation>Înregistrați ședința după ce a avut loc; cifrele de azi se păstrează împreună cu ea.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <source>Correct the day and texts; the figures stay as they were shown.</source>
        <translation>Corectați ziua și textele; cifrele rămân așa cum au fost prezentate.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <source>Print review pack</source>
        <translation>Tipărește dosarul ședinței</translation>
    </message>
    <message>
        <source>Next meeting
the agenda</source>
        <translation>Următoarea ședință
ordinea de zi</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Print agenda pack</source>
        <translation>Tipărește dosarul cu ordinea de zi</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>Ședință de analiză</translation>
    </message>
    <message>
        <source>This meeting no longer exists; it may have been deleted.</source>
        <translation>Această ședință nu mai există; poate a fost ștearsă.</translation>
    </message>
    <message>
        <source>Next review meeting</source>
        <translation>Următoarea ședință de analiză</translation>
    </message>
    <message>
        <source>Since the last meeting on %1.</source>
        <translation>De la ultima ședință, din %1.</translation>
    </message>
    <message>
        <source>No meeting held yet: this will be the first.</source>
        <translation>Nu a avut loc încă nicio ședință: aceasta va fi prima.</translation>
    </message>
    <message>
        <source>Improvement plans to go through</source>
        <translation>Planuri de îmbunătățire de discutat</translation>
    </message>
    <message>
        <source>No improvement plans are open.</source>
        <translation>Nu există planuri de îmbunătățire deschise.</translation>
    </message>
    <message>
        <source>Goals below their minimum without a plan</source>
        <translation>Obiective sub nivelul minim fără plan</translation>
    </message>
    <message>
        <source>None: every goal below its minimum has an improvement plan.</source>
        <translation>Niciunul: fiecare obiectiv sub nivelul minim are un plan de îmbunătățire.</translation>
    </message>
    <message>
        <source>Figures still to enter</source>
        <translation>Cifre încă de introdus</translation>
    </message>
    <message>
        <source>Every figure is entered.</source>
        <translation>Toate cifrele sunt introduse.</translation>
    </message>
    <message>
        <source>Today&apos;s figures</source>
        <translation>Cifrele de azi</translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation>Deschis din %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No actions in this plan yet.</source>
        <translation>Încă nu există acțiuni în acest plan.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>%1: %2 in %3, below the minimum of %4.</source>
        <translation>%1: %2 în %3, sub nivelul minim de %4.</translation>
    </message>
    <message>
        <source>Make an improvement plan…</source>
        <translation>Creează un plan de îmbunătățire…</translation>
    </message>
    <message>
        <source>%1 and 1 more</source>
        <translation>%1 și încă 1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 și încă %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(the complaint log can compute these)</source>
        <translation>(registrul de reclamații le poate calcula)</translation>
    </message>
    <message>
        <source>No goals were followed up.</source>
        <translation>Niciun obiectiv nu a fost urmărit.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Latest figure</source>
        <translation>Ultima cifră</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Nivel minim</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situație</translation>
    </message>
    <message>
        <source>Review meeting of %1</source>
        <translation>Ședința de analiză din %1</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decizii</translation>
    </message>
    <message>
        <source>None written down.</source>
        <translation>Nimic notat.</translation>
    </message>
    <message>
        <source>Feedback to staff</source>
        <translation>Feedback pentru personal</translation>
    </message>
    <message>
        <source>Figures shown at the meeting</source>
        <translation>Cifrele prezentate la ședință</translation>
    </message>
    <message>
        <source>The figures shown at this meeting could not be read: the stored copy is damaged or missing. The meeting&apos;s notes above are intact.</source>
        <translation>Cifrele prezentate la această ședință nu au putut fi citite: copia salvată este deteriorată sau lipsește. Notițele ședinței de mai sus sunt intacte.</translation>
    </message>
    <message>
        <source>These are the figures as they were shown at the meeting; figures entered or corrected since then do not change them.</source>
        <translation>Acestea sunt cifrele așa cum au fost prezentate la ședință; cifrele introduse sau corectate de atunci nu le schimbă.</translation>
    </message>
    <message>
        <source>Improvement plans on its agenda</source>
        <translation>Planuri de îmbunătățire de pe ordinea de zi</translation>
    </message>
    <message>
        <source>No improvement plans were open.</source>
        <translation>Nu era deschis niciun plan de îmbunătățire.</translation>
    </message>
    <message>
        <source>Plans made at this meeting, as they stand today</source>
        <translation>Planuri făcute la această ședință, așa cum arată azi</translation>
    </message>
    <message>
        <source>No plans were made at it.</source>
        <translation>Nu s-a făcut niciun plan la această ședință.</translation>
    </message>
    <message>
        <source>The meeting was recorded.</source>
        <translation>Ședința a fost înregistrată.</translation>
    </message>
    <message>
        <source>The meeting was saved.</source>
        <translation>Ședința a fost salvată.</translation>
    </message>
    <message>
        <source>%1 is below its minimum and has no improvement plan. Make the plan now, as decided at this meeting?</source>
        <translation>%1 este sub nivelul minim și nu are plan de îmbunătățire. Faceți planul acum, așa cum s-a hotărât la această ședință?</translation>
    </message>
    <message>
        <source>%1 goals are below their minimum without an improvement plan: %2. Make the plan for %3 now, as decided at this meeting?</source>
        <translation>Mai multe obiective (%1) sunt sub nivelul minim fără plan de îmbunătățire: %2. Faceți acum planul pentru %3, așa cum s-a hotărât la această ședință?</translation>
    </message>
    <message>
        <source>Make an improvement plan?</source>
        <translation>Faceți un plan de îmbunătățire?</translation>
    </message>
    <message>
        <source>Make the plan</source>
        <translation>Creează planul</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu acum</translation>
    </message>
    <message>
        <source>The improvement plan was made.</source>
        <translation>Planul de îmbunătățire a fost creat.</translation>
    </message>
    <message>
        <source>Delete the review meeting of %1 with its notes and the figures shown at it?</source>
        <translation>Ștergeți ședința de analiză din %1, cu notițele ei și cifrele prezentate la ea?</translation>
    </message>
    <message>
        <source>The improvement plan made at it is kept.</source>
        <translation>Planul de îmbunătățire făcut la ea se păstrează.</translation>
    </message>
    <message>
        <source>The %1 improvement plans made at it are kept.</source>
        <translation>Planurile de îmbunătățire făcute la ea (%1) se păstrează.</translation>
    </message>
    <message>
        <source>Improvement plans are not affected.</source>
        <translation>Planurile de îmbunătățire nu sunt afectate.</translation>
    </message>
    <message>
        <source>Delete the meeting?</source>
        <translation>Ștergeți ședința?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Păstreaz-o</translation>
    </message>
    <message>
        <source>The meeting was deleted.</source>
        <translation>Ședința a fost ștearsă.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>&lt;p&gt;Read the whole policy once more, the way your staff will. Click a step&apos;s heading or an answer&apos;s name to go back and change it. The box below says what approval still needs and what is worth another look.&lt;/p&gt;&lt;p&gt;A policy people actually read fits on two A4 pages. Approving freezes the version; to change the policy later you start the next version, and the earlier ones stay here to read and compare.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Example:&lt;/i&gt; one Sunday evening the owner of a bike shop reads the draft with the workshop manager, shortens the tone of voice for e-mail, writes both their names as approvers and approves version 1. A year later they start version 2, raise the phone goal and compare the two before approving again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Citiți încă o dată întreaga politică, așa cum o va citi personalul. Dați clic pe titlul unui pas sau pe numele unui răspuns ca să reveniți și să-l modificați. Caseta de mai jos arată ce mai trebuie pentru aprobare și ce merită privit încă o dată.&lt;/p&gt;&lt;p&gt;O politică pe care oamenii chiar o citesc încape pe două pagini A4. Aprobarea îngheață versiunea; ca să modificați politica mai târziu, începeți versiunea următoare, iar cele anterioare rămân aici, ca să le citiți și să le comparați.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Exemplu:&lt;/i&gt; într-o duminică seara, proprietarul unui magazin de biciclete citește ciorna împreună cu șeful atelierului; cei doi scurtează tonul comunicării pentru e-mail, își trec numele la aprobare și aprobă versiunea 1. Un an mai târziu încep versiunea 2, măresc obiectivul pentru telefon și le compară pe cele două înainte de a aproba din nou.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Ce mai lipsește</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobare</translation>
    </message>
    <message>
        <source>Everyone who approves the policy, e.g. the owner and the shop manager.</source>
        <translation>Toți cei care aprobă politica, de ex. proprietarul și șeful magazinului.</translation>
    </message>
    <message>
        <source>e.g. Maria Lindgren, Erik Holm</source>
        <translation>ex. Maria Popescu, Andrei Ionescu</translation>
    </message>
    <message>
        <source>The day the policy is approved: today, or the day it was signed.</source>
        <translation>Ziua în care este aprobată politica: azi sau ziua în care a fost semnată.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiuni</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Approved or last edited</source>
        <translation>Aprobată sau modificată ultima dată</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobată de</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vezi</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Compară…</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobată</translation>
    </message>
    <message>
        <source>Version %1 is approved and can no longer change. To change the policy, start version %2 with the button at the top.</source>
        <translation>Versiunea %1 este aprobată și nu mai poate fi modificată. Ca să modificați politica, începeți versiunea %2 cu butonul de sus.</translation>
    </message>
    <message>
        <source>Needed before approval</source>
        <translation>Necesar înainte de aprobare</translation>
    </message>
    <message>
        <source>Everything approval needs is in place.</source>
        <translation>Tot ce trebuie pentru aprobare este gata.</translation>
    </message>
    <message>
        <source>Worth another look</source>
        <translation>Merită privit încă o dată</translation>
    </message>
    <message>
        <source>(suggestions; they do not stop approval)</source>
        <translation>(sugestii; nu împiedică aprobarea)</translation>
    </message>
    <message>
        <source>The printed policy has about %1 words: an estimated %2 A4 pages.</source>
        <translation>Cuvinte în politica tipărită: circa %1, adică aproximativ %2 pagini A4.</translation>
    </message>
    <message>
        <source>That is more than the two pages to aim for: shorten the longest answers, or leave some policy areas out of the print (step 6).</source>
        <translation>Asta depășește cele două pagini spre care e bine să țintiți: scurtați răspunsurile cele mai lungi sau lăsați unele domenii ale politicii în afara variantei tipărite (pasul 6).</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>modificată pe %1</translation>
    </message>
    <message>
        <source>Approve Version %1</source>
        <translation>Aprobă versiunea %1</translation>
    </message>
    <message>
        <source>This version is approved.</source>
        <translation>Această versiune este aprobată.</translation>
    </message>
    <message>
        <source>Approving freezes this version; you will be asked to confirm.</source>
        <translation>Aprobarea îngheață această versiune; vi se va cere confirmarea.</translation>
    </message>
    <message>
        <source>Approving freezes version %1: it becomes the policy in force and can no longer change. To change the policy later you start version %2, a new draft copied from this one; this version stays available to read and compare.</source>
        <translation>Aprobarea îngheață versiunea %1: devine politica în vigoare și nu mai poate fi modificată. Ca să modificați politica mai târziu, începeți versiunea %2, o ciornă nouă copiată după aceasta; versiunea de acum rămâne disponibilă pentru citire și comparare.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuă editarea</translation>
    </message>
    <message>
        <source>Not Ready for Approval</source>
        <translation>Nu este gata de aprobare</translation>
    </message>
    <message>
        <source>Approval still needs the following:</source>
        <translation>Pentru aprobare mai lipsesc următoarele:</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Pe drumul cel bun</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Sub țintă</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>Sub nivelul minim</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Încă fără cifre</translation>
    </message>
    <message>
        <source>No levels set</source>
        <translation>Fără niveluri stabilite</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Făcută</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Renunțată</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Întârziată</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>În curs</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Închis pe %1</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>niciuna în curs</translation>
    </message>
    <message>
        <source>1 open</source>
        <translation>1 în curs</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 în curs</translation>
    </message>
    <message>
        <source>⚠ 1 overdue</source>
        <translation>⚠ 1 întârziată</translation>
    </message>
    <message>
        <source>⚠ %1 overdue</source>
        <translation>⚠ %1 întârziate</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no plans made</source>
        <translation>niciun plan făcut</translation>
    </message>
    <message>
        <source>1 plan made</source>
        <translation>1 plan făcut</translation>
    </message>
    <message>
        <source>%1 plans made</source>
        <translation>%1 planuri făcute</translation>
    </message>
    <message>
        <source>The list of who attended</source>
        <translation>Lista participanților</translation>
    </message>
    <message>
        <source>The decisions text</source>
        <translation>Textul deciziilor</translation>
    </message>
    <message>
        <source>The feedback text</source>
        <translation>Textul de feedback</translation>
    </message>
    <message>
        <source>The reason for the plan</source>
        <translation>Motivul planului</translation>
    </message>
    <message>
        <source>The action&apos;s description</source>
        <translation>Descrierea acțiunii</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Textul</translation>
    </message>
    <message>
        <source>This meeting no longer exists; it may have been removed already.</source>
        <translation>Această ședință nu mai există; poate a fost deja ștearsă.</translation>
    </message>
    <message>
        <source>This improvement plan no longer exists; it may have been removed.</source>
        <translation>Acest plan de îmbunătățire nu mai există; poate a fost șters.</translation>
    </message>
    <message>
        <source>This action no longer exists; it may have been removed already.</source>
        <translation>Această acțiune nu mai există; poate a fost deja ștearsă.</translation>
    </message>
    <message>
        <source>This goal no longer exists; it may have been removed in the policy.</source>
        <translation>Acest obiectiv nu mai există; poate a fost scos din politică.</translation>
    </message>
    <message>
        <source>This person is no longer on the staff list. Choose someone else.</source>
        <translation>Această persoană nu mai este în lista personalului. Alegeți pe altcineva.</translation>
    </message>
    <message>
        <source>Choose the day the meeting was held.</source>
        <translation>Alegeți ziua în care a avut loc ședința.</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>Alegeți o dată.</translation>
    </message>
    <message>
        <source>A meeting is recorded once it has been held: choose today (%1) or an earlier day.</source>
        <translation>O ședință se înregistrează după ce a avut loc: alegeți ziua de azi (%1) sau o zi anterioară.</translation>
    </message>
    <message>
        <source>The date is too early: choose %1 or later.</source>
        <translation>Data este prea devreme: alegeți %1 sau o dată ulterioară.</translation>
    </message>
    <message>
        <source>Say who attended the meeting.</source>
        <translation>Scrieți cine a participat la ședință.</translation>
    </message>
    <message>
        <source>Say why the plan is made.</source>
        <translation>Scrieți de ce se face planul.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Scrieți ce trebuie făcut.</translation>
    </message>
    <message>
        <source>%1 is empty. Fill it in.</source>
        <translation>%1 lipsește. Completați câmpul.</translation>
    </message>
    <message>
        <source>%1 could not be read as text. Type it again.</source>
        <translation>%1 nu se poate citi ca text. Scrieți din nou.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 are prea multe caractere: %2, cel mult %3.</translation>
    </message>
    <message>
        <source>%1 holds characters that cannot be stored. Type it again.</source>
        <translation>%1 conține caractere care nu pot fi salvate. Scrieți din nou.</translation>
    </message>
    <message>
        <source>Choose whether the action is open, done or dropped.</source>
        <translation>Alegeți dacă acțiunea este în curs, făcută sau renunțată.</translation>
    </message>
    <message>
        <source>Choose by when it must be done: an open action needs a due date, or it is easily forgotten.</source>
        <translation>Alegeți până când trebuie făcută: o acțiune în curs are nevoie de un termen, altfel e ușor de uitat.</translation>
    </message>
    <message>
        <source>This goal already has an open improvement plan. Add the actions to that plan, or close it first.</source>
        <translation>Acest obiectiv are deja un plan de îmbunătățire în curs. Adăugați acțiunile în acel plan sau închideți-l mai întâi.</translation>
    </message>
    <message>
        <source>This plan is closed, so its actions stay as they are. Reopen it first.</source>
        <translation>Planul este închis, deci acțiunile lui rămân cum sunt. Redeschideți-l mai întâi.</translation>
    </message>
    <message>
        <source>The change could not be stored.</source>
        <translation>Modificarea nu a putut fi salvată.</translation>
    </message>
</context>
<context>
    <name>RolloutStep</name>
    <message>
        <source>&lt;p&gt;A policy only works when the staff live it. The decision to adopt it is taken at the top, by you, your management team or your board; the work of making it real is done together with the people closest to the customers.&lt;/p&gt;&lt;p&gt;Start with a meeting everyone must attend, then keep the policy alive with short, regular practice. Name &lt;b&gt;one person&lt;/b&gt; who follows up on a fixed routine and tells staff and management how it is going: without a name, follow-up slips. The policy cannot be approved without that name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O politică funcționează doar dacă personalul o trăiește. Decizia de a o adopta se ia la vârf, de dumneavoastră, de echipa de conducere sau de consiliul de administrație; munca de a o pune în practică se face împreună cu oamenii cei mai apropiați de clienți.&lt;/p&gt;&lt;p&gt;Începeți cu o ședință la care trebuie să participe toată lumea, apoi țineți politica vie prin exerciții scurte și regulate. Numiți &lt;b&gt;o singură persoană&lt;/b&gt; care face urmărirea după o rutină fixă și le spune personalului și conducerii cum merg lucrurile: fără un nume, urmărirea se pierde pe drum. Politica nu poate fi aprobată fără acest nume.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How staff learn the policy: the first meeting, then workshops and practice.</source>
        <translation>Cum învață personalul politica: prima ședință, apoi ateliere și exerciții.</translation>
    </message>
    <message>
        <source>All staff meet for an hour before opening to go through the policy together. After that, ten minutes of the Monday meeting are spent on one real case from the complaint log, and twice a year we hold a workshop where we act out difficult customers.</source>
        <translation>Tot personalul se adună pentru o oră înainte de deschidere ca să parcurgă împreună politica. După aceea, zece minute din ședința de luni sunt dedicate unui caz real din registrul de reclamații, iar de două ori pe an organizăm un atelier în care jucăm scene cu clienți dificili.</translation>
    </message>
    <message>
        <source>The day everyone goes through the policy together.</source>
        <translation>Ziua în care toată lumea parcurge împreună politica.</translation>
    </message>
    <message>
        <source>Who takes the decision to adopt the policy.</source>
        <translation>Cine ia decizia de a adopta politica.</translation>
    </message>
    <message>
        <source>How the decision is taken, and how staff have their say before it.</source>
        <translation>Cum se ia decizia și cum își spune personalul părerea înainte.</translation>
    </message>
    <message>
        <source>The draft hangs in the staff room for two weeks and everyone may comment. Then the owner and the shift leaders go through the comments and the owner signs the policy.</source>
        <translation>Ciorna stă afișată două săptămâni în camera personalului și oricine poate face comentarii. Apoi proprietarul și șefii de tură trec prin comentarii, iar proprietarul semnează politica.</translation>
    </message>
    <message>
        <source>How often the goals and the complaint log are looked at together.</source>
        <translation>Cât de des sunt analizate împreună obiectivele și registrul de reclamații.</translation>
    </message>
    <message>
        <source>One person, by name. Names from the staff list are suggested as you type.</source>
        <translation>O singură persoană, cu numele. Pe măsură ce scrieți, vi se sugerează nume din lista de personal.</translation>
    </message>
    <message>
        <source>e.g. Karin Lindgren</source>
        <translation>ex. Carmen Popescu</translation>
    </message>
    <message>
        <source>Pick from the staff list</source>
        <translation>Alege din lista de personal</translation>
    </message>
    <message>
        <source>What the follow-up looks at, and how the results reach staff and management.</source>
        <translation>La ce se uită urmărirea și cum ajung rezultatele la personal și la conducere.</translation>
    </message>
    <message>
        <source>On the first Monday of each month, Karin compares the complaint log and our goals with the month before. She pins a one-page summary in the staff room, talks it through at the Monday meeting, and brings the figures to the owners&apos; quarterly meeting.</source>
        <translation>În prima zi de luni a fiecărei luni, Carmen compară registrul de reclamații și obiectivele noastre cu luna precedentă. Afișează un rezumat de o pagină în camera personalului, îl discută la ședința de luni și prezintă cifrele la ședința trimestrială a proprietarilor.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New Round</source>
        <translation>Rundă nouă</translation>
    </message>
    <message>
        <source>Edit the Round</source>
        <translation>Modificați runda</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>De exemplu %1</translation>
    </message>
    <message>
        <source>Optional: anything worth remembering about this round</source>
        <translation>Opțional: orice merită ținut minte despre această rundă</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Denumire:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Da&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notă:</translation>
    </message>
    <message>
        <source>Start Round</source>
        <translation>Începe runda</translation>
    </message>
</context>
<context>
    <name>RoundResultsView</name>
    <message>
        <source>Area</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Owner vs. staff</source>
        <translation>Proprietar față de personal</translation>
    </message>
    <message>
        <source>How much higher (+) or lower (−) the owner rated the area than the others</source>
        <translation>Cu cât mai sus (+) sau mai jos (−) a notat proprietarul domeniul decât ceilalți</translation>
    </message>
    <message>
        <source>Owner vs. staff: how much higher (+) or lower (−) the owner rated an area than everybody else did. Where you see an area differently (bold: half a point or more), talk it over together; the figures belong to the whole team.</source>
        <translation>Proprietar față de personal: cu cât mai sus (+) sau mai jos (−) a notat proprietarul un domeniu decât toți ceilalți. Acolo unde vedeți un domeniu diferit (îngroșat: o jumătate de punct sau mai mult), discutați împreună; cifrele sunt ale întregii echipe.</translation>
    </message>
    <message>
        <source>Weakest areas</source>
        <translation>Cele mai slabe domenii</translation>
    </message>
    <message>
        <source>Make This a Goal</source>
        <translation>Transformă în obiectiv</translation>
    </message>
    <message>
        <source>Start here. A goal in the policy gives the area an owner, a measure and a date.</source>
        <translation>Începeți de aici. Un obiectiv în politică îi dă domeniului un responsabil, un indicator și un termen.</translation>
    </message>
    <message>
        <source>There is no round to show yet.</source>
        <translation>Încă nu există nicio rundă de afișat.</translation>
    </message>
    <message>
        <source>Round %1, held %2</source>
        <translation>Runda %1, desfășurată pe %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>din %1</translation>
    </message>
    <message>
        <source>The quotient is worked out once every statement has at least one rating.</source>
        <translation>Coeficientul se calculează după ce fiecare afirmație are cel puțin o notă.</translation>
    </message>
    <message>
        <source>Area scores of round %1</source>
        <translation>Scorurile pe domenii în runda %1</translation>
    </message>
    <message>
        <source>No quotient yet: one statement has no rating yet.</source>
        <translation>Încă nu există coeficient: o afirmație nu are încă nicio notă.</translation>
    </message>
    <message>
        <source>No quotient yet: %1 statements have no rating yet.</source>
        <translation>Încă nu există coeficient: afirmații fără nicio notă: %1.</translation>
    </message>
    <message>
        <source>Provisional: the round is still open (%1 of %2 respondents have finished), so the figures can still change.</source>
        <translation>Provizoriu: runda este încă deschisă (respondenți care au terminat: %1 din %2), așa că cifrele se mai pot schimba.</translation>
    </message>
    <message>
        <source>Provisional until every statement has a rating.</source>
        <translation>Provizoriu până când fiecare afirmație are o notă.</translation>
    </message>
    <message>
        <source>Only the owner, or only the staff, rated this area.</source>
        <translation>Acest domeniu a fost notat doar de proprietar sau doar de personal.</translation>
    </message>
    <message>
        <source>One of the two weakest areas</source>
        <translation>Unul dintre cele mai slabe două domenii</translation>
    </message>
    <message>
        <source>Owner and staff rate this area alike.</source>
        <translation>Proprietarul și personalul notează la fel acest domeniu.</translation>
    </message>
    <message>
        <source>The owner rates this area %1 higher than the staff do.</source>
        <translation>Proprietarul notează acest domeniu cu %1 mai sus decât personalul.</translation>
    </message>
    <message>
        <source>The owner rates this area %1 lower than the staff do.</source>
        <translation>Proprietarul notează acest domeniu cu %1 mai jos decât personalul.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Make %1 a goal</source>
        <translation>Transformă %1 în obiectiv</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsView</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 z</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 z %2 h</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No complaints were received in this period.</source>
        <translation>În această perioadă nu s-a primit nicio reclamație.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Se citesc cifrele…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Perioada:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Până &amp;la:</translation>
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
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Luna trecută</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Trimestrul acesta</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimele 12 luni</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Perioadă personalizată</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>În termen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Termen depășit</translation>
    </message>
    <message>
        <source>Done after the target, or not done and already past it.</source>
        <translation>Făcute după termen sau nefăcute și cu termenul deja depășit.</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Încă în curs</translation>
    </message>
    <message>
        <source>Not done yet and still within the target: not counted in the share until it is done or late.</source>
        <translation>Încă nefăcute și încă în termen: nu intră în procent până nu sunt făcute sau întârziate.</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmare</translation>
    </message>
    <message>
        <source>The first answer to the customer, within the business hours set.</source>
        <translation>Primul răspuns dat clientului, în orele de program stabilite.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvare</translation>
    </message>
    <message>
        <source>Resolved within the business days set, counted from receipt.</source>
        <translation>Rezolvarea în zilele lucrătoare stabilite, socotite de la primire.</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Urmărire</translation>
    </message>
    <message>
        <source>Followed up within the calendar days set, counted from the resolution.</source>
        <translation>Urmărirea în zilele calendaristice stabilite, socotite de la rezolvare.</translation>
    </message>
    <message>
        <source>The share counts the complaints whose step is done or already late. Waiting for the customer does not count where Settings says so; a reopened complaint continues its clock.</source>
        <translation>Procentul include reclamațiile al căror pas este făcut sau deja întârziat. Așteptarea clientului nu se socotește dacă așa ați ales în Setări; la o reclamație redeschisă, timpul continuă să curgă de unde rămăsese.</translation>
    </message>
    <message>
        <source>Targets are set in Settings › Service targets.</source>
        <translation>Țintele se stabilesc în Setări › Ținte de servicii.</translation>
    </message>
    <message>
        <source>Handling time of the resolved complaints</source>
        <translation>Timpul de soluționare a reclamațiilor rezolvate</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Half the resolved complaints took this long or less.</source>
        <translation>Jumătate dintre reclamațiile rezolvate au durat cel mult atât.</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentila 90</translation>
    </message>
    <message>
        <source>Nine in ten resolved complaints took this long or less.</source>
        <translation>Nouă din zece reclamații rezolvate au durat cel mult atât.</translation>
    </message>
    <message>
        <source>In business hours</source>
        <translation>În ore de program</translation>
    </message>
    <message>
        <source>Only the time the business is open counts, as for the targets.</source>
        <translation>Se socotește doar timpul în care firma este deschisă, ca la ținte.</translation>
    </message>
    <message>
        <source>In calendar time</source>
        <translation>În timp calendaristic</translation>
    </message>
    <message>
        <source>From receipt to resolution as the customer lived it, nights included.</source>
        <translation>De la primire la rezolvare, cât a așteptat de fapt clientul, inclusiv nopțile.</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2). Choose a first day on or before the last day.</source>
        <translation>Prima zi (%1) este după ultima zi (%2). Alegeți o primă zi care să nu fie după ultima zi.</translation>
    </message>
    <message>
        <source>Complaints received from %1 to %2: %3</source>
        <translation>Reclamații primite între %1 și %2: %3</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Nicio țintă stabilită</translation>
    </message>
    <message>
        <source>None decided yet</source>
        <translation>Încă niciun rezultat</translation>
    </message>
    <message>
        <source>%1 of %2 within target (%3)</source>
        <translation>%1 din %2 în termen (%3)</translation>
    </message>
    <message>
        <source>No complaint of this period has been resolved yet.</source>
        <translation>Nicio reclamație din această perioadă nu a fost rezolvată încă.</translation>
    </message>
    <message>
        <source>Resolved complaints: %1</source>
        <translation>Reclamații rezolvate: %1</translation>
    </message>
    <message>
        <source>Of the time from receipt to resolution, %1 fell inside office hours (%2) and %3 outside them (%4).</source>
        <translation>Din timpul de la primire la rezolvare, %1 a fost în programul de lucru (%2), iar %3 în afara lui (%4).</translation>
    </message>
    <message>
        <source>No office hours are set, so every hour counts as business time (Settings › Office hours).</source>
        <translation>Nu este stabilit un program de lucru, așa că fiecare oră se socotește ca oră de program (Setări › Program de lucru).</translation>
    </message>
    <message>
        <source>Business hours count only the time the business is open, less the time spent waiting for the customer. Calendar time runs from receipt to resolution, nights and closed days included.</source>
        <translation>Orele de program cuprind doar timpul în care firma este deschisă, fără timpul de așteptare a clientului. Timpul calendaristic merge de la primire la rezolvare, inclusiv nopțile și zilele de închidere.</translation>
    </message>
    <message>
        <source>Business hours count only the time the business is open. Calendar time runs from receipt to resolution, nights and closed days included.</source>
        <translation>Orele de program cuprind doar timpul în care firma este deschisă. Timpul calendaristic merge de la primire la rezolvare, inclusiv nopțile și zilele de închidere.</translation>
    </message>
    <message>
        <source>No complaint in this period has met or missed a target yet.</source>
        <translation>Nicio reclamație din această perioadă nu are încă o țintă respectată sau depășită.</translation>
    </message>
    <message>
        <source>Within target per month</source>
        <translation>În termen, pe luni</translation>
    </message>
    <message>
        <source>Resolved within target</source>
        <translation>Rezolvate în termen</translation>
    </message>
    <message>
        <source>Acknowledged within target</source>
        <translation>Confirmate în termen</translation>
    </message>
    <message>
        <source>Under each month: complaints received</source>
        <translation>Sub fiecare lună: reclamații primite</translation>
    </message>
    <message>
        <source>Share resolved within target per month</source>
        <translation>Procentul reclamațiilor rezolvate în termen, pe luni</translation>
    </message>
</context>
<context>
    <name>ServiceTargetsPage</name>
    <message>
        <source>1 hour</source>
        <translation>1 oră</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 ore</translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation>Confirmare în cel mult</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>Rezolvare în cel mult</translation>
    </message>
    <message>
        <source>Follow up within</source>
        <translation>Urmărire în cel mult</translation>
    </message>
    <message>
        <source>This category is no longer there; perhaps it was removed meanwhile.</source>
        <translation>Această categorie nu mai există; poate a fost ștearsă între timp.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Write a number such as %2, or leave the field empty for no target.</source>
        <translation>„%1” nu este un număr. Scrieți un număr, de exemplu %2, sau lăsați câmpul gol dacă nu vreți o țintă.</translation>
    </message>
    <message>
        <source>A target must be more than zero. Leave the field empty for no target.</source>
        <translation>Ținta trebuie să fie mai mare decât zero. Lăsați câmpul gol dacă nu vreți o țintă.</translation>
    </message>
    <message>
        <source>That is more than a year: write at most %1 business hours.</source>
        <translation>Asta înseamnă mai mult de un an: scrieți cel mult %1 ore de program.</translation>
    </message>
    <message>
        <source>That is more than a year: write at most %1 days.</source>
        <translation>Asta înseamnă mai mult de un an: scrieți cel mult %1 zile.</translation>
    </message>
    <message>
        <source>Not saved: there is still no target.</source>
        <translation>Nu s-a salvat: în continuare nu există nicio țintă.</translation>
    </message>
    <message>
        <source>Not saved: the target is still %1.</source>
        <translation>Nu s-a salvat: ținta rămâne %1.</translation>
    </message>
    <message>
        <source>The clock starts when a complaint is received and counts only your office hours: nights, closed days and public holidays are not counted.</source>
        <translation>Timpul începe să curgă când se primește o reclamație și se socotește doar în programul dumneavoastră de lucru: nopțile, zilele de închidere și sărbătorile legale nu se socotesc.</translation>
    </message>
    <message>
        <source>A business day is %1 of office time, the length of your usual open day.</source>
        <translation>O zi lucrătoare înseamnă %1 din programul de lucru, cât durează de obicei o zi în care aveți deschis.</translation>
    </message>
    <message>
        <source>The clock starts when a complaint is received. No office hours are set, so it counts every hour of every day. Set your opening hours in the Office hours tab to count only the time you are open.</source>
        <translation>Timpul începe să curgă când se primește o reclamație. Nu este stabilit un program de lucru, așa că se socotește fiecare oră din fiecare zi. Stabiliți-vă programul în fila Program de lucru, ca să se socotească doar timpul în care aveți deschis.</translation>
    </message>
    <message>
        <source>A business day is a whole day of %1.</source>
        <translation>O zi lucrătoare este o zi întreagă de %1.</translation>
    </message>
    <message>
        <source>While a complaint waits for the customer, the clock for resolving it stops. When the wait ends, it continues from where it stopped. A wait that starts after the due time changes nothing: the complaint is already late.</source>
        <translation>Cât timp o reclamație este în așteptarea clientului, timpul pentru rezolvarea ei se oprește. Când așteptarea se încheie, continuă de unde s-a oprit. O așteptare care începe după termen nu schimbă nimic: reclamația este deja întârziată.</translation>
    </message>
    <message>
        <source>Waiting for the customer does not stop the clock: that time counts like any other.</source>
        <translation>Așteptarea clientului nu oprește timpul: se socotește la fel ca oricare altul.</translation>
    </message>
    <message>
        <source>A reopened complaint does not start again: its clock continues from when it was received, so it may be overdue at once.</source>
        <translation>O reclamație redeschisă nu o ia de la capăt: timpul ei continuă de la momentul primirii, așa că poate fi întârziată imediat.</translation>
    </message>
    <message>
        <source>“Due soon” means a quarter of the time or less is left.</source>
        <translation>„Termen apropiat” înseamnă că a mai rămas cel mult un sfert din timp.</translation>
    </message>
    <message>
        <source>The follow-up counts calendar days from the resolution, weekends and holidays included.</source>
        <translation>Urmărirea se socotește în zile calendaristice de la rezolvare, inclusiv weekendurile și sărbătorile.</translation>
    </message>
    <message>
        <source>A step is met when it is done within its time as the clock counts it, so an answer on the evening of a day it was due by closing time is met; later, it is missed.</source>
        <translation>Un pas este respectat dacă este făcut în timpul care i se socotește; de aceea, un răspuns dat seara, în ziua în care termenul era ora închiderii, este respectat; mai târziu, termenul este depășit.</translation>
    </message>
    <message>
        <source>The first answer to the customer, counted in office hours from when the complaint was received.</source>
        <translation>Primul răspuns dat clientului, socotit în ore de program de la primirea reclamației.</translation>
    </message>
    <message>
        <source>The resolution, counted in business days from when the complaint was received.</source>
        <translation>Rezolvarea, socotită în zile lucrătoare de la primirea reclamației.</translation>
    </message>
    <message>
        <source>Checking back with the customer, counted in calendar days from the resolution.</source>
        <translation>Revenirea la client, socotită în zile calendaristice de la rezolvare.</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Fără țintă</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Scoate</translation>
    </message>
    <message>
        <source>Let this category use the general targets again</source>
        <translation>Lasă categoria să folosească din nou țintele generale</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (nu se mai folosește)</translation>
    </message>
    <message>
        <source>New complaints cannot be given this category, but older ones keep it.</source>
        <translation>Reclamațiilor noi nu li se mai poate da această categorie, dar cele mai vechi o păstrează.</translation>
    </message>
    <message>
        <source>Service targets</source>
        <translation>Ținte de servicii</translation>
    </message>
    <message>
        <source>Your promise to customers: how soon you answer, resolve and follow up a complaint. Each complaint shows its due time and whether it is on time. Leave a field empty for no target; changes are saved as you type.</source>
        <translation>Promisiunea dumneavoastră față de clienți: cât de repede răspundeți la o reclamație, o rezolvați și o urmăriți. Fiecare reclamație își arată termenul și dacă este în termen. Lăsați un câmp gol dacă nu vreți o țintă; modificările se salvează pe măsură ce scrieți.</translation>
    </message>
    <message>
        <source>Targets for all complaints</source>
        <translation>Ținte pentru toate reclamațiile</translation>
    </message>
    <message>
        <source>&amp;Acknowledge within:</source>
        <translation>&amp;Confirmare în cel mult:</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>ore de program</translation>
    </message>
    <message>
        <source>&amp;Resolve within:</source>
        <translation>&amp;Rezolvare în cel mult:</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>zile lucrătoare</translation>
    </message>
    <message>
        <source>&amp;Follow up within:</source>
        <translation>&amp;Urmărire în cel mult:</translation>
    </message>
    <message>
        <source>days after the resolution</source>
        <translation>zile după rezolvare</translation>
    </message>
    <message>
        <source>Targets of a category&apos;s own</source>
        <translation>Ținte proprii ale categoriilor</translation>
    </message>
    <message>
        <source>A category can promise other times, such as a faster resolution for a broken product. The other categories use the targets above.</source>
        <translation>O categorie poate promite alte termene, de exemplu o rezolvare mai rapidă pentru un produs defect. Celelalte categorii folosesc țintele de mai sus.</translation>
    </message>
    <message>
        <source>No category has targets of its own: every complaint uses the targets above.</source>
        <translation>Nicio categorie nu are ținte proprii: toate reclamațiile folosesc țintele de mai sus.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Acknowledge within (business hours)</source>
        <translation>Confirmare în cel mult (ore de program)</translation>
    </message>
    <message>
        <source>Resolve within (business days)</source>
        <translation>Rezolvare în cel mult (zile lucrătoare)</translation>
    </message>
    <message>
        <source>Follow up within (days)</source>
        <translation>Urmărire în cel mult (zile)</translation>
    </message>
    <message>
        <source>Add targets &amp;for:</source>
        <translation>Adaugă ținte &amp;pentru:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Give the chosen category targets of its own, starting from the ones above</source>
        <translation>Dă categoriei alese ținte proprii, pornind de la cele de mai sus</translation>
    </message>
    <message>
        <source>How the clock counts</source>
        <translation>Cum se socotește timpul</translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer stops the clock</source>
        <translation>&amp;Timpul se oprește în așteptarea clientului</translation>
    </message>
    <message>
        <source>While a complaint has the status “waiting for the customer”, the time to resolve it does not run.</source>
        <translation>Cât timp o reclamație are starea „În așteptarea clientului”, timpul pentru rezolvarea ei nu curge.</translation>
    </message>
    <message>
        <source>These rules are printed in your service-level agreement.</source>
        <translation>Aceste reguli se tipăresc în acordul dumneavoastră privind nivelul serviciilor (SLA).</translation>
    </message>
    <message>
        <source>= %1 of office time</source>
        <translation>= %1 de program</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>There are no complaint categories yet. Add them with “Categories &amp; staff…” in the complaint log.</source>
        <translation>Nu există încă nicio categorie de reclamații. Adăugați-le cu „Categorii și personal…” din registrul de reclamații.</translation>
    </message>
    <message>
        <source>No category is in use. Bring one back with “Categories &amp; staff…” in the complaint log.</source>
        <translation>Nicio categorie nu este folosită. Readuceți una cu „Categorii și personal…” din registrul de reclamații.</translation>
    </message>
    <message>
        <source>Every category in use has targets of its own.</source>
        <translation>Fiecare categorie folosită are deja ținte proprii.</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nu s-a adăugat</translation>
    </message>
    <message>
        <source>Use the General Targets</source>
        <translation>Folosiți țintele generale</translation>
    </message>
    <message>
        <source>Complaints in “%1” will use the targets for all complaints again, and the targets of its own are removed.</source>
        <translation>Reclamațiile din „%1” vor folosi din nou țintele pentru toate reclamațiile, iar țintele proprii ale categoriei se șterg.</translation>
    </message>
    <message>
        <source>Use General Targets</source>
        <translation>Folosește țintele generale</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Păstrează</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nu s-a salvat</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Program de lucru</translation>
    </message>
    <message>
        <source>Service targets</source>
        <translation>Ținte de servicii</translation>
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
    <name>StaffingDialog</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 oră</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 ore</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minut</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minute</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 secundă</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secunde</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persoană</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 persoane</translation>
    </message>
    <message>
        <source>Promise a longer wait: %1 of calls answered within %2 instead of %3 (you would reach %4).</source>
        <translation>Promiteți o așteptare mai lungă: %1 din apeluri preluate în cel mult %2, în loc de %3 (ați atinge %4).</translation>
    </message>
    <message>
        <source>Promise a lower share: %1 of calls answered within %2, which is what you reach now.</source>
        <translation>Promiteți o pondere mai mică: %1 din apeluri preluate în cel mult %2, cât atingeți acum.</translation>
    </message>
    <message>
        <source>Offer a call-back instead of a wait: callers leave their number and %1 of them are called back within %2 of opening hours (you would reach %3).</source>
        <translation>Oferiți un apel înapoi în loc de așteptare: cei care sună își lasă numărul, iar %1 dintre ei sunt sunați înapoi în cel mult %2 din programul de lucru (ați atinge %3).</translation>
    </message>
    <message>
        <source>Make the promise for opening hours only, and call back everyone who rings when you are closed.</source>
        <translation>Faceți promisiunea doar pentru programul de lucru și sunați înapoi pe toți cei care sună în afara programului.</translation>
    </message>
    <message>
        <source>Staffing check</source>
        <translation>Verificarea personalului necesar</translation>
    </message>
    <message>
        <source>How many people must answer the phone to keep a promise such as “80 % of calls answered within 30 seconds”? Fill in your busiest hour. The figures use the Erlang C formula, which counts as if nobody hangs up, so they err on the safe side.</source>
        <translation>Câte persoane trebuie să răspundă la telefon ca să respectați o promisiune precum „80 % din apeluri preluate în cel mult 30 de secunde”? Completați datele pentru ora cea mai aglomerată. Cifrele folosesc formula Erlang C, care calculează ca și cum nimeni nu închide, așa că sunt mai degrabă prudente.</translation>
    </message>
    <message>
        <source>The promise comes from the goal “%1”.</source>
        <translation>Promisiunea vine din obiectivul „%1”.</translation>
    </message>
    <message>
        <source>Your busiest hour</source>
        <translation>Ora cea mai aglomerată</translation>
    </message>
    <message>
        <source>Calls in the hour:</source>
        <translation>Apeluri în acea oră:</translation>
    </message>
    <message>
        <source>Talk time plus the work after the call, on average. Type minutes:seconds (4:30) or seconds (270).</source>
        <translation>Durata convorbirii plus munca de după apel, în medie. Scrieți minute:secunde (4:30) sau secunde (270).</translation>
    </message>
    <message>
        <source>Average handling time:</source>
        <translation>Timp mediu per apel:</translation>
    </message>
    <message>
        <source>min:s</source>
        <translation>min:s</translation>
    </message>
    <message>
        <source>% of calls answered within</source>
        <translation>% din apeluri preluate în cel mult</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secunde</translation>
    </message>
    <message>
        <source>The promise:</source>
        <translation>Promisiunea:</translation>
    </message>
    <message>
        <source>People answering now:</source>
        <translation>Persoane care răspund acum:</translation>
    </message>
    <message>
        <source>Planning margins</source>
        <translation>Marje de planificare</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>fără limită</translation>
    </message>
    <message>
        <source>The largest share of the hour each person may spend on calls. People who are busy all the time tire and make mistakes; 85 % is a common limit. Leave it empty for no limit.</source>
        <translation>Partea cea mai mare din oră pe care fiecare persoană o poate petrece la telefon. Cine este ocupat tot timpul obosește și greșește; 85 % este o limită obișnuită. Lăsați câmpul gol dacă nu vreți o limită.</translation>
    </message>
    <message>
        <source>Busy at most:</source>
        <translation>Grad maxim de ocupare:</translation>
    </message>
    <message>
        <source>The share of paid time that goes to breaks, leave, training and other work, so that enough people are on the rota to have the answering people free.</source>
        <translation>Partea din timpul plătit care se duce pe pauze, concedii, instruire și alte sarcini, ca în grafic să fie destui oameni încât cei care răspund la telefon să aibă timp s-o facă.</translation>
    </message>
    <message>
        <source>Time away from the phone:</source>
        <translation>Timp departe de telefon:</translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation>De ce este nevoie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Type how many calls come in during your busiest hour, for example 12.</source>
        <translation>Scrieți câte apeluri primiți în ora cea mai aglomerată, de exemplu 12.</translation>
    </message>
    <message>
        <source>Type the number of calls in digits, like 12.</source>
        <translation>Scrieți numărul de apeluri în cifre, de exemplu 12.</translation>
    </message>
    <message>
        <source>Type a number of calls above zero.</source>
        <translation>Scrieți un număr de apeluri mai mare decât zero.</translation>
    </message>
    <message>
        <source>At most %1 calls an hour.</source>
        <translation>Cel mult %1 apeluri pe oră.</translation>
    </message>
    <message>
        <source>Type how long a call takes on average, for example 4:00.</source>
        <translation>Scrieți cât durează în medie un apel, de exemplu 4:00.</translation>
    </message>
    <message>
        <source>Type minutes and seconds like 4:30, or seconds like 270.</source>
        <translation>Scrieți minute și secunde, ca 4:30, sau secunde, ca 270.</translation>
    </message>
    <message>
        <source>A call takes longer than zero seconds.</source>
        <translation>Un apel durează mai mult de zero secunde.</translation>
    </message>
    <message>
        <source>At most %1 per call.</source>
        <translation>Cel mult %1 pe apel.</translation>
    </message>
    <message>
        <source>Type the share of calls you promise, like 80.</source>
        <translation>Scrieți ponderea apelurilor pe care o promiteți, de exemplu 80.</translation>
    </message>
    <message>
        <source>Type within how many seconds calls are answered, like 30.</source>
        <translation>Scrieți în câte secunde sunt preluate apelurile, de exemplu 30.</translation>
    </message>
    <message>
        <source>Type the share in digits, like 80.</source>
        <translation>Scrieți ponderea în cifre, de exemplu 80.</translation>
    </message>
    <message>
        <source>Promise a share above zero.</source>
        <translation>Promiteți o pondere mai mare decât zero.</translation>
    </message>
    <message>
        <source>No one can promise 100 %: two calls can always come in at once. Promise 99 % or less.</source>
        <translation>Nimeni nu poate promite 100 %: oricând pot veni două apeluri deodată. Promiteți 99 % sau mai puțin.</translation>
    </message>
    <message>
        <source>Type the answer time in seconds, like 30.</source>
        <translation>Scrieți timpul de răspuns în secunde, de exemplu 30.</translation>
    </message>
    <message>
        <source>Answering within zero seconds cannot be promised: type a time above zero.</source>
        <translation>Nu se poate promite un răspuns în zero secunde: scrieți un timp mai mare decât zero.</translation>
    </message>
    <message>
        <source>Promise an answer within %1 at most.</source>
        <translation>Promiteți un răspuns în cel mult %1.</translation>
    </message>
    <message>
        <source>Type how many people answer the phone now, for example 1.</source>
        <translation>Scrieți câte persoane răspund acum la telefon, de exemplu 1.</translation>
    </message>
    <message>
        <source>Type the number of people in digits, like 2.</source>
        <translation>Scrieți numărul de persoane în cifre, de exemplu 2.</translation>
    </message>
    <message>
        <source>Type a whole number of people.</source>
        <translation>Scrieți un număr întreg de persoane.</translation>
    </message>
    <message>
        <source>At least one person answers the phone.</source>
        <translation>Cel puțin o persoană răspunde la telefon.</translation>
    </message>
    <message>
        <source>At most %1 people.</source>
        <translation>Cel mult %1 persoane.</translation>
    </message>
    <message>
        <source>Type a percentage like 85, or leave it empty.</source>
        <translation>Scrieți un procent, de exemplu 85, sau lăsați câmpul gol.</translation>
    </message>
    <message>
        <source>Type a percentage above 0 and at most 100, or leave it empty.</source>
        <translation>Scrieți un procent mai mare decât 0 și de cel mult 100 sau lăsați câmpul gol.</translation>
    </message>
    <message>
        <source>Type a percentage like 30, or leave it empty.</source>
        <translation>Scrieți un procent, de exemplu 30, sau lăsați câmpul gol.</translation>
    </message>
    <message>
        <source>Type a percentage from 0 to %1.</source>
        <translation>Scrieți un procent între 0 și %1.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the figures.</source>
        <translation>Corectați câmpurile marcate ca să vedeți cifrele.</translation>
    </message>
    <message>
        <source>Fill in the calls in your busiest hour and the average handling time to see the figures.</source>
        <translation>Completați numărul de apeluri din ora cea mai aglomerată și timpul mediu per apel ca să vedeți cifrele.</translation>
    </message>
    <message>
        <source>%1 of calls answered within %2, an average wait of %3, each person busy %4 of the time.</source>
        <translation>%1 din apeluri preluate în cel mult %2, o așteptare medie de %3, fiecare persoană ocupată %4 din timp.</translation>
    </message>
    <message>
        <source>%1 of calls within %2</source>
        <translation>%1 din apeluri în cel mult %2</translation>
    </message>
    <message>
        <source>To keep the promise (%1), 1 person must answer the phone.</source>
        <translation>Ca să respectați promisiunea (%1), trebuie să răspundă la telefon 1 persoană.</translation>
    </message>
    <message>
        <source>To keep the promise (%1), %2 must answer the phone.</source>
        <translation>Ca să respectați promisiunea (%1), trebuie să răspundă la telefon %2.</translation>
    </message>
    <message>
        <source>With them: %1</source>
        <translation>Cu ele: %1</translation>
    </message>
    <message>
        <source>The promise alone needs %1, but each would then be busy more than %2 of the time.</source>
        <translation>Doar promisiunea cere %1, dar atunci fiecare ar fi ocupată mai mult de %2 din timp.</translation>
    </message>
    <message>
        <source>With %1 of their time away from the phone (breaks, leave, other work), plan %2 for that hour.</source>
        <translation>Cu %1 din timp departe de telefon (pauze, concedii, alte sarcini), planificați %2 pentru acea oră.</translation>
    </message>
    <message>
        <source>With the 1 person answering now: %1</source>
        <translation>Cu persoana care răspunde acum: %1</translation>
    </message>
    <message>
        <source>With the %2 answering now: %1</source>
        <translation>Cu cele %2 care răspund acum: %1</translation>
    </message>
    <message>
        <source>With the 1 person answering now, calls come in faster than they can be answered: the queue keeps growing and almost nobody is answered in time.</source>
        <translation>Cu persoana care răspunde acum, apelurile vin mai repede decât pot fi preluate: coada tot crește și aproape nimeni nu primește răspuns la timp.</translation>
    </message>
    <message>
        <source>With the %1 answering now, calls come in faster than they can be answered: the queue keeps growing and almost nobody is answered in time.</source>
        <translation>Cu cele %1 care răspund acum, apelurile vin mai repede decât pot fi preluate: coada tot crește și aproape nimeni nu primește răspuns la timp.</translation>
    </message>
    <message>
        <source>The people answering now keep the promise.</source>
        <translation>Persoanele care răspund acum respectă promisiunea.</translation>
    </message>
    <message>
        <source>The promise is out of reach for 1 person at the busiest hour: it needs %1.</source>
        <translation>Promisiunea nu poate fi respectată de 1 persoană în ora cea mai aglomerată: ar fi nevoie de %1.</translation>
    </message>
    <message>
        <source>The promise is out of reach for %2 at the busiest hour: it needs %1.</source>
        <translation>Promisiunea nu poate fi respectată de %2 în ora cea mai aglomerată: ar fi nevoie de %1.</translation>
    </message>
    <message>
        <source>That is usual for a business of one to three people: calls come in while you serve a customer or take another call. Promise something you can keep instead:</source>
        <translation>Este ceva obișnuit într-o firmă cu una până la trei persoane: apelurile vin în timp ce serviți un client sau vorbiți la alt telefon. Promiteți în schimb ceva ce puteți respecta:</translation>
    </message>
    <message>
        <source>Have more people answer at the busiest hour, or promise something you can keep instead:</source>
        <translation>Puneți mai multe persoane să răspundă în ora cea mai aglomerată sau promiteți în schimb ceva ce puteți respecta:</translation>
    </message>
</context>
<context>
    <name>StatementRow</name>
    <message>
        <source>Note (optional): an example, an idea…</source>
        <translation>Comentariu (opțional): un exemplu, o idee…</translation>
    </message>
    <message>
        <source>Rate the statement first; then a note can go with it</source>
        <translation>Notați mai întâi afirmația; apoi puteți adăuga un comentariu</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Încă nenotată</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <source>Use the Example</source>
        <translation>Folosește exemplul</translation>
    </message>
</context>
<context>
    <name>TodayStep</name>
    <message>
        <source>&lt;p&gt;Before promising anything, look at today. Say where you want customer service to be, then count how many customers get in touch and who answers them. PolicyDesk counts backwards from your figures: with these hands, this is the answer time you can honestly promise.&lt;/p&gt;&lt;p&gt;Rough figures are fine: count for a typical week, or ask the staff. &lt;i&gt;Example: a bike shop gets about 15 calls and 20 e-mails a day and 40 visitors at the counter; two people share them.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Înainte să promiteți ceva, priviți situația de azi. Spuneți unde vreți să ajungă relația cu clienții, apoi numărați câți clienți vă contactează și cine le răspunde. PolicyDesk calculează invers, pornind de la cifrele dumneavoastră: cu oamenii pe care îi aveți, acesta este timpul de răspuns pe care îl puteți promite cinstit.&lt;/p&gt;&lt;p&gt;Cifrele aproximative sunt în regulă: numărați pe parcursul unei săptămâni obișnuite sau întrebați personalul. &lt;i&gt;Exemplu: un magazin de biciclete primește pe zi în jur de 15 apeluri, 20 de e-mailuri și 40 de vizitatori la ghișeu; două persoane se ocupă de ele.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How customer service works when everything runs as you wish.</source>
        <translation>Cum funcționează relația cu clienții când totul merge cum vă doriți.</translation>
    </message>
    <message>
        <source>Every customer who calls during opening hours reaches a person or gets a call back the same day. E-mails are answered within one working day, and a bike left for repair is ready on the day we promised.</source>
        <translation>Orice client care sună în timpul programului ajunge la o persoană sau este sunat înapoi în aceeași zi. La e-mailuri se răspunde în cel mult o zi lucrătoare, iar o bicicletă lăsată la reparat este gata în ziua promisă.</translation>
    </message>
    <message>
        <source>Contacts today</source>
        <translation>Contactele în prezent</translation>
    </message>
    <message>
        <source>How many contacts arrive through each channel, per working day or per week. Leave a channel at “—” when you do not use it; 0 means it is open but quiet.</source>
        <translation>Câte contacte sosesc prin fiecare canal, pe zi lucrătoare sau pe săptămână. Lăsați „—” la un canal pe care nu îl folosiți; 0 înseamnă că este deschis, dar liniștit.</translation>
    </message>
    <message>
        <source>Your own resources</source>
        <translation>Resursele proprii</translation>
    </message>
    <message>
        <source>Count the people who answer customers as full days: two people who each spend half the day on customers make 1.0.</source>
        <translation>Numărați în zile întregi oamenii care le răspund clienților: două persoane care petrec fiecare jumătate de zi cu clienții înseamnă 1,0.</translation>
    </message>
    <message>
        <source>Full-time equivalents, e.g. 1.5</source>
        <translation>Echivalent normă întreagă, ex. 1,5</translation>
    </message>
    <message>
        <source>Hours a day customers are served</source>
        <translation>Ore pe zi în care sunt serviți clienții</translation>
    </message>
    <message>
        <source>At a pace one can keep up all day</source>
        <translation>Într-un ritm care poate fi ținut toată ziua</translation>
    </message>
    <message>
        <source>Unanswered e-mails, messages, call-backs</source>
        <translation>E-mailuri și mesaje fără răspuns, apeluri de returnat</translation>
    </message>
    <message>
        <source>“—” counts as 5</source>
        <translation>„—” înseamnă 5</translation>
    </message>
    <message>
        <source>The technical platform</source>
        <translation>Platforma tehnică</translation>
    </message>
    <message>
        <source>The phone, e-mail, web shop, booking or till system you use with customers.</source>
        <translation>Telefonul, e-mailul, magazinul online, sistemul de programări sau casa de marcat pe care le folosiți cu clienții.</translation>
    </message>
    <message>
        <source>One shop phone without voicemail, a shared Gmail inbox, the web shop&apos;s contact form and a paper book for repairs at the counter.</source>
        <translation>Un singur telefon al magazinului, fără mesagerie vocală, o căsuță Gmail comună, formularul de contact al magazinului online și un caiet pentru reparații la ghișeu.</translation>
    </message>
    <message>
        <source>Can you keep the answer times above with these tools, and see whether you do?</source>
        <translation>Puteți respecta cu aceste instrumente timpii de răspuns de mai sus și puteți vedea dacă îi respectați?</translation>
    </message>
    <message>
        <source>What must be bought, set up or learnt, and roughly when.</source>
        <translation>Ce trebuie cumpărat, configurat sau învățat și cam când.</translation>
    </message>
    <message>
        <source>Voicemail that texts us the caller&apos;s number, so we can call back; a repair list that sends the customer a message when the bike is ready. Both before the spring rush.</source>
        <translation>Mesagerie vocală care ne trimite prin SMS numărul apelantului, ca să putem suna înapoi; o listă de reparații care îi trimite clientului un mesaj când bicicleta e gata. Ambele înainte de aglomerația de primăvară.</translation>
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
<context>
    <name>VersionDialog</name>
    <message>
        <source>Version %1 of the Policy (%2)</source>
        <translation>Versiunea %1 a politicii (%2)</translation>
    </message>
</context>
<context>
    <name>VisionStep</name>
    <message>
        <source>&lt;p&gt;A vision says where the business is heading, in words short enough to remember. Get there in small steps: picture success a few years from now, ask why it happened and how customers see it, note what you did to get there, and sum it all up. Then build the vision from the words of your summary.&lt;/p&gt;&lt;p&gt;One well-known vision has only four words: &lt;i&gt;Quality, service, cleanliness, value.&lt;/i&gt; Aim for a line that fits on a card at the till, about %1 words at most.&lt;/p&gt;&lt;p&gt;The examples come from a small bike shop. Press &lt;b&gt;Use the Example&lt;/b&gt; to take one over and adapt it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O viziune spune încotro se îndreaptă firma, în cuvinte destul de puține ca să fie ținute minte. Ajungeți la ea în pași mici: imaginați-vă succesul peste câțiva ani, întrebați-vă de ce a venit și cum îl văd clienții, notați ce ați făcut ca să ajungeți acolo și rezumați totul. Apoi construiți viziunea din cuvintele rezumatului.&lt;/p&gt;&lt;p&gt;O viziune cunoscută are doar patru cuvinte: &lt;i&gt;Calitate, servire, curățenie, valoare.&lt;/i&gt; Țintiți spre un rând care încape pe un cartonaș lângă casă, de cel mult circa %1 de cuvinte.&lt;/p&gt;&lt;p&gt;Exemplele vin de la un mic magazin de biciclete. Apăsați &lt;b&gt;Folosește exemplul&lt;/b&gt; ca să preluați unul și să-l adaptați.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imagine it is three to five years from now and things have gone really well. What do you see?</source>
        <translation>Imaginați-vă că au trecut trei-cinci ani și lucrurile au mers foarte bine. Ce vedeți?</translation>
    </message>
    <message>
        <source>Our workshop is booked a week ahead, families come back for every new bike, and the cycling club sends all its new members to us.</source>
        <translation>Atelierul nostru are programări cu o săptămână înainte, familiile revin la noi pentru fiecare bicicletă nouă, iar clubul de ciclism ne trimite toți membrii noi.</translation>
    </message>
    <message>
        <source>Why did it go so well? Write five reasons, one per line.</source>
        <translation>De ce a mers atât de bine? Scrieți cinci motive, câte unul pe rând.</translation>
    </message>
    <message>
        <source>1. We fix most bikes the same day.
2. We explain what was wrong and what it costs, in plain words.
3. We only sell bikes we would ride ourselves.
4. Customers book a repair online at any hour.
5. Everyone in the shop knows the regulars by name.</source>
        <translation>1. Reparăm majoritatea bicicletelor în aceeași zi.
2. Explicăm pe înțelesul tuturor ce era stricat și cât costă.
3. Vindem doar biciclete pe care le-am folosi și noi.
4. Clienții își programează reparația online, la orice oră.
5. Toată lumea din magazin îi știe pe clienții fideli pe nume.</translation>
    </message>
    <message>
        <source>Now the same five reasons as a happy customer would tell them to a friend.</source>
        <translation>Acum aceleași cinci motive, așa cum i le-ar povesti un client mulțumit unui prieten.</translation>
    </message>
    <message>
        <source>1. My bike was ready the same evening.
2. They showed me the worn chain and told me the price before they started.
3. They talked me out of an expensive bike I did not need.
4. I booked the service from my phone on a Sunday night.
5. They remembered my name and my daughter&apos;s bike.</source>
        <translation>1. Bicicleta mea a fost gata chiar în aceeași seară.
2. Mi-au arătat lanțul uzat și mi-au spus prețul înainte să se apuce de lucru.
3. M-au convins să nu iau o bicicletă scumpă de care nu aveam nevoie.
4. Am programat revizia de pe telefon, duminică seara.
5. Își aminteau numele meu și bicicleta fiicei mele.</translation>
    </message>
    <message>
        <source>What did you do, step by step, to get there?</source>
        <translation>Ce ați făcut, pas cu pas, ca să ajungeți acolo?</translation>
    </message>
    <message>
        <source>We took on a second mechanic, opened online booking, agreed how we explain a repair, and started calling customers a week after a repair to ask how the bike runs.</source>
        <translation>Am angajat un al doilea mecanic, am introdus programarea online, am stabilit cum explicăm o reparație și am început să sunăm clienții la o săptămână după reparație, ca să întrebăm cum merge bicicleta.</translation>
    </message>
    <message>
        <source>Sum up in a sentence or two why you succeed. Its words become the building blocks of your vision below.</source>
        <translation>Rezumați în una-două propoziții de ce aveți succes. Cuvintele rezumatului devin cărămizile viziunii de mai jos.</translation>
    </message>
    <message>
        <source>We repair bikes quickly, explain honestly what we do and treat every cyclist as a regular.</source>
        <translation>Reparăm bicicletele repede, explicăm cinstit ce facem și tratăm fiecare biciclist ca pe un client fidel.</translation>
    </message>
    <message>
        <source>The line staff can repeat and customers can feel. Click words above, or write it yourself.</source>
        <translation>Rândul pe care personalul îl poate repeta și pe care clienții îl pot simți. Faceți clic pe cuvintele de mai sus sau scrieți-l dumneavoastră.</translation>
    </message>
    <message>
        <source>Quick repairs, honest advice, cyclists who come back.</source>
        <translation>Reparații rapide, sfaturi cinstite, bicicliști care revin.</translation>
    </message>
    <message>
        <source>Words from your summary</source>
        <translation>Cuvinte din rezumatul dumneavoastră</translation>
    </message>
    <message>
        <source>Click a word to add it to your vision. Words that look like verbs (what you do) come first and have a coloured border.</source>
        <translation>Faceți clic pe un cuvânt ca să-l adăugați la viziune. Cuvintele care par verbe (ce faceți) apar primele și au un chenar colorat.</translation>
    </message>
    <message>
        <source>Write a summary above and its words show up here.</source>
        <translation>Scrieți un rezumat mai sus, iar cuvintele lui vor apărea aici.</translation>
    </message>
    <message>
        <source>Probably a verb: add “%1” to the vision</source>
        <translation>Probabil un verb: adaugă „%1” la viziune</translation>
    </message>
    <message>
        <source>Add “%1” to the vision</source>
        <translation>Adaugă „%1” la viziune</translation>
    </message>
    <message>
        <source>%1 more words are left out: a shorter summary helps.</source>
        <translation>Cuvinte lăsate pe dinafară: %1; un rezumat mai scurt ajută.</translation>
    </message>
    <message>
        <source>Words: %1 (a vision people remember has about %2 at most)</source>
        <translation>Cuvinte: %1 (o viziune pe care oamenii o țin minte are cel mult circa %2)</translation>
    </message>
    <message>
        <source>Your vision has %1 words. That is fine to start with, but a vision staff can say from memory is shorter: try leaving out a word or two. It is saved as it is.</source>
        <translation>Numărul de cuvinte din viziune: %1. Pentru început e în regulă, dar o viziune pe care personalul o poate spune din memorie este mai scurtă: încercați să scoateți un cuvânt sau două. Se salvează așa cum este.</translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <source>Open</source>
        <translation>Deschis</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>O parte din zi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Sărbătoare</translation>
    </message>
    <message>
        <source>Extra opening</source>
        <translation>Deschidere suplimentară</translation>
    </message>
    <message>
        <source>Closed on this weekday</source>
        <translation>Închis în această zi a săptămânii</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Sărbătoare legală</translation>
    </message>
    <message>
        <source>Customary closed day</source>
        <translation>Zi de închidere prin tradiție</translation>
    </message>
    <message>
        <source>Your own closed day</source>
        <translation>Zi de închidere stabilită de dumneavoastră</translation>
    </message>
    <message>
        <source>Closed part of the day</source>
        <translation>Închis o parte din zi</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toată ziua</translation>
    </message>
    <message>
        <source>%1 (next day)</source>
        <translation>%1 (a doua zi)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Deschis %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Închis %1</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Anul anterior</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Anul următor</translation>
    </message>
    <message>
        <source>This Year</source>
        <translation>Anul curent</translation>
    </message>
    <message>
        <source>Your own date</source>
        <translation>Zi specială stabilită de dumneavoastră</translation>
    </message>
</context>
</TS>
