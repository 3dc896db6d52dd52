<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add an action</source>
        <translation>Lägg till en åtgärd</translation>
    </message>
    <message>
        <source>Edit the action</source>
        <translation>Redigera åtgärden</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Vad:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Vem:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Senast:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Vem som gör det</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Ta bort den här åtgärden</translation>
    </message>
</context>
<context>
    <name>AreasStep</name>
    <message>
        <source>What do you sell, and which services come with it (delivery, special orders, repairs)? What should every customer know you offer, and what do you not do?</source>
        <translation>Vad säljer du, och vilka tjänster hör till (leverans, specialbeställningar, reparationer)? Vad ska varje kund veta att du erbjuder, och vad gör du inte?</translation>
    </message>
    <message>
        <source>How do customers order, and how soon is an order ready? How long may a customer wait in the shop, and on the phone? What do you do when the queue grows?</source>
        <translation>Hur beställer kunderna, och hur snart är en beställning klar? Hur länge får en kund vänta i butiken och i telefon? Vad gör du när kön växer?</translation>
    </message>
    <message>
        <source>How do you explain returns, delivery and payment, and where can customers read it? How do staff mention add-ons without pressing anyone to buy?</source>
        <translation>Hur förklarar du returer, leverans och betalning, och var kan kunderna läsa om det? Hur nämner personalen tillbehör utan att pressa någon att köpa?</translation>
    </message>
    <message>
        <source>Who is the customer&apos;s named contact after a purchase, and when will they hear from you? How do they get help, and how do they complain?</source>
        <translation>Vem är kundens namngivna kontaktperson efter ett köp, och när hör du av dig? Hur får kunden hjälp, och hur gör man för att klaga?</translation>
    </message>
    <message>
        <source>How quickly is a complaint dealt with? How much may staff put right on the spot? When does it go to someone else, how is the customer compensated, and who checks afterwards that all is well?</source>
        <translation>Hur snabbt hanteras ett klagomål? Hur mycket får personalen rätta till på plats? När går det vidare till någon annan, hur kompenseras kunden, och vem kontrollerar efteråt att allt är bra?</translation>
    </message>
    <message>
        <source>Do you get in touch a month or so after a purchase? Do you send a newsletter, or run a club or a forum? What makes a customer come back?</source>
        <translation>Hör du av dig en månad eller så efter ett köp? Skickar du ut ett nyhetsbrev, eller har du en kundklubb eller ett forum? Vad får en kund att komma tillbaka?</translation>
    </message>
    <message>
        <source>How do staff hear what customers say about their work? How do you share the results, and how is good service recognised?</source>
        <translation>Hur får personalen veta vad kunderna tycker om deras arbete? Hur delar du resultaten, och hur uppmärksammas god service?</translation>
    </message>
    <message>
        <source>We bake bread, buns and cakes every morning, take orders for birthdays and parties, and deliver to offices nearby on weekdays. Special cakes need two days&apos; notice.</source>
        <translation>Vi bakar bröd, bullar och tårtor varje morgon, tar emot beställningar till födelsedagar och fester och levererar till kontor i närheten på vardagar. Specialtårtor behöver beställas två dagar i förväg.</translation>
    </message>
    <message>
        <source>An order at the counter or by phone takes a minute; a special cake is ready in two days. Nobody should wait more than five minutes in the shop: when the queue reaches the door, a baker comes out to help. We answer the phone within four rings while we are open.</source>
        <translation>En beställning vid disken eller per telefon tar en minut; en specialtårta är klar på två dagar. Ingen ska behöva vänta mer än fem minuter i butiken: när kön når dörren kommer en bagare ut och hjälper till. Vi svarar i telefon inom fyra signaler när vi har öppet.</translation>
    </message>
    <message>
        <source>Prices, allergens and our promise to replace anything that is not right hang by the till and are on our website. We take cards and cash. We suggest candles or a card with a cake when it fits, and never more than once.</source>
        <translation>Priser, allergener och vårt löfte att byta ut allt som inte blev rätt sitter uppsatta vid kassan och finns på vår webbplats. Vi tar kort och kontanter. Vi föreslår ljus eller ett kort till tårtan när det passar, och aldrig mer än en gång.</translation>
    </message>
    <message>
        <source>Whoever takes a special order writes their name on the receipt and is the customer&apos;s contact. We call the day before collection to confirm. Questions and complaints are welcome in the shop, by phone or by e-mail; we answer within one working day.</source>
        <translation>Den som tar emot en specialbeställning skriver sitt namn på kvittot och är kundens kontaktperson. Vi ringer dagen före avhämtning och bekräftar. Frågor och klagomål är välkomna i butiken, per telefon eller via e-post; vi svarar inom en arbetsdag.</translation>
    </message>
    <message>
        <source>A complaint is dealt with the same day. Staff may replace or refund an order on the spot up to the limit in the staff guidelines; anything bigger goes to the owner within a day. We call a week later to ask whether all is well.</source>
        <translation>Ett klagomål hanteras samma dag. Personalen får byta ut eller återbetala en beställning på plats upp till gränsen i riktlinjerna för personalen; allt större går till ägaren inom en dag. Vi ringer en vecka senare och frågar om allt är bra.</translation>
    </message>
    <message>
        <source>A month after a cake order we send a short thank-you with a coupon for a coffee. Regulars get a stamp card, and a monthly newsletter tells what is new in the shop.</source>
        <translation>En månad efter en tårtbeställning skickar vi ett kort tack med en kupong för en kopp kaffe. Stamkunder får ett stämpelkort, och ett nyhetsbrev varje månad berättar vad som är nytt i butiken.</translation>
    </message>
    <message>
        <source>Praise and complaints from customers are read out at the Monday meeting, with the name of whoever served the customer when it was praise. The kindest customer comment of the month earns the team a lunch.</source>
        <translation>Beröm och klagomål från kunder läses upp på måndagsmötet, med namnet på den som betjänade kunden när det gäller beröm. Månadens vänligaste kundkommentar ger hela personalen en lunch.</translation>
    </message>
    <message>
        <source>e.g. Orders and advice; a baker helps at rush</source>
        <translation>t.ex. beställningar och råd; en bagare hjälper till vid rusning</translation>
    </message>
    <message>
        <source>e.g. Orders and questions; call back the same day</source>
        <translation>t.ex. beställningar och frågor; ring tillbaka samma dag</translation>
    </message>
    <message>
        <source>e.g. Special orders; reply within one working day</source>
        <translation>t.ex. specialbeställningar; svar inom en arbetsdag</translation>
    </message>
    <message>
        <source>e.g. Opening hours, prices and the order form</source>
        <translation>t.ex. öppettider, priser och beställningsformuläret</translation>
    </message>
    <message>
        <source>e.g. Today&apos;s bread; questions go to e-mail</source>
        <translation>t.ex. dagens bröd; frågor hänvisas till e-post</translation>
    </message>
    <message>
        <source>e.g. Invoices only; answered within a week</source>
        <translation>t.ex. bara fakturor; besvaras inom en vecka</translation>
    </message>
    <message>
        <source>e.g. Warm, and greet regulars by name</source>
        <translation>t.ex. varm, och hälsa på stamkunder med namn</translation>
    </message>
    <message>
        <source>e.g. Say the shop&apos;s name and your own</source>
        <translation>t.ex. säg butikens namn och ditt eget</translation>
    </message>
    <message>
        <source>e.g. Friendly and short, signed with a name</source>
        <translation>t.ex. vänlig och kort, undertecknad med namn</translation>
    </message>
    <message>
        <source>e.g. Plain words, no small print</source>
        <translation>t.ex. enkla ord, inget finstilt</translation>
    </message>
    <message>
        <source>e.g. Cheerful; never argue in public</source>
        <translation>t.ex. glad; bråka aldrig offentligt</translation>
    </message>
    <message>
        <source>e.g. Polite and complete</source>
        <translation>t.ex. artig och fullständig</translation>
    </message>
    <message>
        <source>Include in the printed policy</source>
        <translation>Ta med i den utskrivna policyn</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Inget skrivet än</translation>
    </message>
    <message>
        <source>%1: strategy</source>
        <translation>%1: strategi</translation>
    </message>
    <message>
        <source>%1: tone of voice</source>
        <translation>%1: tonläge</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now say what customers can expect in each area of service. Keep it simple and friendly: a few sentences per area, written so that a customer would understand them. Look at the rules customers find most annoying (small print, fees, “not our department”) and drop them if you can.&lt;/p&gt;&lt;p&gt;The questions under each heading help you start; the example comes from a small bakery. Untick &lt;b&gt;Include in the printed policy&lt;/b&gt; for an area you want to keep for yourselves: it stays here but is left out of the print. Fold away the areas you are done with.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beskriv nu vad kunderna kan förvänta sig inom varje serviceområde. Håll det enkelt och vänligt: några meningar per område, skrivna så att en kund förstår dem. Titta på de regler som kunderna stör sig mest på (finstilt, avgifter, ”det är inte vår avdelning”) och stryk dem om du kan.&lt;/p&gt;&lt;p&gt;Frågorna under varje rubrik hjälper dig att komma igång; exemplet kommer från ett litet bageri. Bocka ur &lt;b&gt;Ta med i den utskrivna policyn&lt;/b&gt; för ett område som bara ska vara internt: det finns kvar här men kommer inte med i utskriften. Fäll ihop de områden du är klar med.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unfold All</source>
        <translation>Fäll ut alla</translation>
    </message>
    <message>
        <source>Fold All</source>
        <translation>Fäll ihop alla</translation>
    </message>
    <message>
        <source>Strategy and tone of voice per channel</source>
        <translation>Strategi och tonläge per kanal</translation>
    </message>
    <message>
        <source>For each way customers reach you: what the channel is for and what you promise there (the strategy), and how you sound (the tone of voice). A line or two is enough; leave the channels you do not use empty.</source>
        <translation>För varje väg som kunderna når dig: vad kanalen är till för och vad du lovar där (strategin), och hur du låter (tonläget). En rad eller två räcker; lämna de kanaler du inte använder tomma.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Tone of voice</source>
        <translation>Tonläge</translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation>Strategi: %1</translation>
    </message>
    <message>
        <source>Tone of voice: %1</source>
        <translation>Tonläge: %1</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Anonymous (%1)</source>
        <translation>Anonym (%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>The label</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Anteckningen</translation>
    </message>
    <message>
        <source>Give the round a label, for example the year.</source>
        <translation>Ge omgången ett namn, till exempel årtalet.</translation>
    </message>
    <message>
        <source>There is already a round called “%1”. Choose another label.</source>
        <translation>Det finns redan en omgång som heter ”%1”. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters where at most %3 fit. Shorten it.</source>
        <translation>%1 har för många tecken: %2, men högst %3 får plats. Korta ner texten.</translation>
    </message>
    <message>
        <source>%1 contains invisible control characters, perhaps from pasting. Type it again.</source>
        <translation>%1 innehåller osynliga styrtecken, kanske från inklistrad text. Skriv in texten igen.</translation>
    </message>
    <message>
        <source>The date is in the future. Date the round on the day it is held, today at the latest.</source>
        <translation>Datumet ligger i framtiden. Ange dagen då omgången genomförs, senast i dag.</translation>
    </message>
    <message>
        <source>Choose a rating from %1 to %2.</source>
        <translation>Välj ett värde från %1 till %2.</translation>
    </message>
    <message>
        <source>That statement is not part of the questionnaire (any more).</source>
        <translation>Det påståendet ingår inte (längre) i frågeformuläret.</translation>
    </message>
    <message>
        <source>The round is closed, so its answers no longer change. Reopen the round first.</source>
        <translation>Omgången är avslutad, så svaren kan inte längre ändras. Öppna omgången igen först.</translation>
    </message>
    <message>
        <source>Nobody has taken part yet. Add the respondents and let each of them rate every statement; then close the round.</source>
        <translation>Ingen har deltagit än. Lägg till de svarande och låt var och en bedöma alla påståenden; avsluta sedan omgången.</translation>
    </message>
    <message>
        <source>The round or the respondent is no longer there; perhaps it was deleted meanwhile. The list has been read again.</source>
        <translation>Omgången eller den svarande finns inte längre; kanske har den tagits bort under tiden. Listan har lästs in på nytt.</translation>
    </message>
    <message>
        <source>A statement has not been rated yet.</source>
        <translation>Ett påstående har inte bedömts än.</translation>
    </message>
    <message>
        <source>%1 still has statements to rate: %2 of %3.</source>
        <translation>%1 har fortfarande påståenden kvar att bedöma: %2 av %3.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Självskattning</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Omgångar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <source>It is time for this year&apos;s assessment</source>
        <translation>Det är dags för årets självskattning</translation>
    </message>
    <message>
        <source>Start This Year&apos;s Round</source>
        <translation>Starta årets omgång</translation>
    </message>
    <message>
        <source>Start a round labelled with this year and dated today</source>
        <translation>Starta en omgång med årtalet som namn och dagens datum</translation>
    </message>
    <message>
        <source>Once a year the owner and the staff each rate 25 statements about your service from 1 (not at all) to 5 (all the time). PolicyDesk turns the ratings into the customer-service quotient, from 7 to 35, and compares it with earlier years.</source>
        <translation>En gång om året bedömer ägaren och personalen var för sig 25 påståenden om servicen i ditt företag, från 1 (inte alls) till 5 (hela tiden). PolicyDesk räknar om bedömningarna till kundservicekvoten, från 7 till 35, och jämför den med tidigare år.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Quotient</source>
        <translation>Kvot</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Every round, newest first; choose one to see it</source>
        <translation>Alla omgångar, den senaste först; välj en för att se den</translation>
    </message>
    <message>
        <source>New Round…</source>
        <translation>Ny omgång…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Change the round&apos;s label, date or note</source>
        <translation>Ändra omgångens namn, datum eller anteckning</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Delete the round with all its answers</source>
        <translation>Ta bort omgången med alla dess svar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Save the round&apos;s ratings as a spreadsheet</source>
        <translation>Spara omgångens bedömningar som ett kalkylark</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <source>Save the round&apos;s results as a PDF report</source>
        <translation>Spara omgångens resultat som en PDF-rapport</translation>
    </message>
    <message>
        <source>Choose a round above, or start one with “New Round”.</source>
        <translation>Välj en omgång ovan, eller starta en med ”Ny omgång”.</translation>
    </message>
    <message>
        <source>Close Round</source>
        <translation>Avsluta omgången</translation>
    </message>
    <message>
        <source>Make the round&apos;s figures final; possible once everybody has rated every statement</source>
        <translation>Gör omgångens siffror slutgiltiga; det går när alla har bedömt alla påståenden</translation>
    </message>
    <message>
        <source>Reopen Round</source>
        <translation>Öppna omgången igen</translation>
    </message>
    <message>
        <source>Open the round again, to add a latecomer or correct a slip</source>
        <translation>Öppna omgången igen för att lägga till en eftersläntrare eller rätta ett misstag</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Svarande</translation>
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
        <source>Rated</source>
        <translation>Bedömda</translation>
    </message>
    <message>
        <source>Add Respondent…</source>
        <translation>Lägg till svarande…</translation>
    </message>
    <message>
        <source>Add the owner, a manager or a member of staff, by name or anonymously</source>
        <translation>Lägg till ägaren, en chef eller en medarbetare, med namn eller anonymt</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Take the chosen person and their ratings out of the round</source>
        <translation>Ta bort den valda personen ur omgången, med alla personens bedömningar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>No round has been held yet. Start one, add the owner and the staff, and let each of them rate the statements.</source>
        <translation>Ingen omgång har genomförts än. Starta en, lägg till ägaren och personalen, och låt var och en bedöma påståendena.</translation>
    </message>
    <message>
        <source>The last round was held on %1, twelve months ago or more. A new round shows how things have moved since.</source>
        <translation>Den senaste omgången genomfördes %1, för tolv månader sedan eller mer. En ny omgång visar hur det har utvecklats sedan dess.</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Omgång %1</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <translation>Genomförd %1</translation>
    </message>
    <message>
        <source>Closed: the figures are final.</source>
        <translation>Avslutad: siffrorna är slutgiltiga.</translation>
    </message>
    <message>
        <source>Open: answers are still coming in.</source>
        <translation>Öppen: svaren kommer fortfarande in.</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Inte klar</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>Nobody takes part yet. Add the owner and each member of staff with “Add Respondent”; then let them fill in the questionnaire one after another.</source>
        <translation>Ingen deltar än. Lägg till ägaren och varje medarbetare med ”Lägg till svarande”; låt dem sedan fylla i frågeformuläret en i taget.</translation>
    </message>
    <message>
        <source>The round is closed: the answers can be looked at but not changed.</source>
        <translation>Omgången är avslutad: svaren går att titta på men inte att ändra.</translation>
    </message>
    <message>
        <source>Each person fills in the questionnaire on their own and sees only their own answers. Whoever is next is chosen; press the button on the right to begin.</source>
        <translation>Var och en fyller i frågeformuläret på egen hand och ser bara sina egna svar. Den som står på tur är vald; tryck på knappen till höger för att börja.</translation>
    </message>
    <message>
        <source>View Answers</source>
        <translation>Visa svaren</translation>
    </message>
    <message>
        <source>See the chosen person&apos;s answers (the round is closed)</source>
        <translation>Se den valda personens svar (omgången är avslutad)</translation>
    </message>
    <message>
        <source>Review Answers</source>
        <translation>Gå igenom svaren</translation>
    </message>
    <message>
        <source>Let the chosen person look over and change their answers</source>
        <translation>Låt den valda personen se över och ändra sina svar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Let the chosen person carry on where they stopped</source>
        <translation>Låt den valda personen fortsätta där den slutade</translation>
    </message>
    <message>
        <source>Let the chosen person fill in the questionnaire</source>
        <translation>Låt den valda personen fylla i frågeformuläret</translation>
    </message>
    <message>
        <source>The round “%1” is deleted together with its %2 respondents and their %3 ratings. This cannot be undone.</source>
        <translation>Omgången ”%1” tas bort tillsammans med dess %2 svarande och deras %3 bedömningar. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>The round “%1” has nobody in it yet. Delete it anyway?</source>
        <translation>Omgången ”%1” har inga svarande än. Vill du ta bort den ändå?</translation>
    </message>
    <message>
        <source>Delete the round?</source>
        <translation>Ta bort omgången?</translation>
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
        <source>The round was not deleted</source>
        <translation>Omgången togs inte bort</translation>
    </message>
    <message>
        <source>Everybody must rate every statement before the round is closed. Still to do:</source>
        <translation>Alla måste bedöma alla påståenden innan omgången kan avslutas. Det här återstår:</translation>
    </message>
    <message>
        <source>The round cannot be closed yet</source>
        <translation>Omgången kan inte avslutas än</translation>
    </message>
    <message>
        <source>The round was not reopened</source>
        <translation>Omgången öppnades inte igen</translation>
    </message>
    <message>
        <source>%1 is taken out of the round and their %2 ratings are deleted.</source>
        <translation>%1 tas bort ur omgången, och personens %2 bedömningar tas också bort.</translation>
    </message>
    <message>
        <source>%1 is taken out of the round; they have rated nothing yet.</source>
        <translation>%1 tas bort ur omgången; personen har inte bedömt något än.</translation>
    </message>
    <message>
        <source>Remove the respondent?</source>
        <translation>Ta bort den svarande?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>The respondent was not removed</source>
        <translation>Den svarande togs inte bort</translation>
    </message>
    <message>
        <source>Export the Round as PDF</source>
        <translation>Exportera omgången som PDF</translation>
    </message>
    <message>
        <source>self-assessment %1.pdf</source>
        <translation>självskattning %1.pdf</translation>
    </message>
    <message>
        <source>Export the Round as CSV</source>
        <translation>Exportera omgången som CSV</translation>
    </message>
    <message>
        <source>self-assessment %1.csv</source>
        <translation>självskattning %1.csv</translation>
    </message>
    <message>
        <source>Exporting the round…</source>
        <translation>Exporterar omgången…</translation>
    </message>
    <message>
        <source>The round was not exported</source>
        <translation>Omgången exporterades inte</translation>
    </message>
    <message>
        <source>The round is no longer there; perhaps it was deleted meanwhile.</source>
        <translation>Omgången finns inte längre; kanske har den tagits bort under tiden.</translation>
    </message>
    <message>
        <source>Round exported</source>
        <translation>Omgången har exporterats</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Sparad som %1</translation>
    </message>
</context>
<context>
    <name>CallLogDialog</name>
    <message>
        <source>Arrival time</source>
        <translation>Ankomsttid</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarat</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Samtalstid</translation>
    </message>
    <message>
        <source>when the call came in</source>
        <translation>när samtalet kom in</translation>
    </message>
    <message>
        <source>whether the call was answered</source>
        <translation>om samtalet besvarades</translation>
    </message>
    <message>
        <source>how long the caller waited</source>
        <translation>hur länge den som ringde väntade</translation>
    </message>
    <message>
        <source>The file is a picture, not a call log.</source>
        <translation>Filen är en bild, inte en samtalslogg.</translation>
    </message>
    <message>
        <source>The file is a PDF report. Export the call list from the phone system as CSV instead.</source>
        <translation>Filen är en PDF-rapport. Exportera i stället samtalslistan från telefonsystemet som CSV.</translation>
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
        <source>The file is a compressed archive. Unpack it and choose the CSV file.</source>
        <translation>Filen är ett komprimerat arkiv. Packa upp det och välj CSV-filen.</translation>
    </message>
    <message>
        <source>The file is a database (perhaps a PolicyDesk file), not a call log.</source>
        <translation>Filen är en databas (kanske en PolicyDesk-fil), inte en samtalslogg.</translation>
    </message>
    <message>
        <source>The file is not a text file, so it cannot be a call log.</source>
        <translation>Filen är ingen textfil, så den kan inte vara en samtalslogg.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file has a header row but no calls.</source>
        <translation>Filen har en rubrikrad men inga samtal.</translation>
    </message>
    <message>
        <source>No column says %1, which every call needs.</source>
        <translation>Ingen kolumn anger %1, och det behövs för varje samtal.</translation>
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
        <source>The row has %1 cells but the header has %2. Does this row use another separator?</source>
        <translation>Raden har %1 celler men rubrikraden har %2. Använder den här raden en annan avgränsare?</translation>
    </message>
    <message>
        <source>The cell is empty, and every call needs it.</source>
        <translation>Cellen är tom, men den behövs för varje samtal.</translation>
    </message>
    <message>
        <source>“%1” is not a date with a time of day. Write for example 2026-03-09 14:30 or 09.03.2026 14:30.</source>
        <translation>”%1” är inget datum med klockslag. Skriv till exempel 2026-03-09 14:30 eller 09.03.2026 14:30.</translation>
    </message>
    <message>
        <source>“%1” is not a time. Write seconds (42) or minutes and seconds (0:42 or 1:02:05).</source>
        <translation>”%1” är ingen tid. Skriv sekunder (42) eller minuter och sekunder (0:42 eller 1:02:05).</translation>
    </message>
    <message>
        <source>“%1” is below zero; a time cannot be.</source>
        <translation>”%1” är mindre än noll, och det kan en tid inte vara.</translation>
    </message>
    <message>
        <source>“%1” is longer than a day; no call waits or talks that long.</source>
        <translation>”%1” är längre än ett dygn; inget samtal väntar eller pågår så länge.</translation>
    </message>
    <message>
        <source>“%1” does not say whether the call was answered. Write for example yes or no, ja or nej, da or nu.</source>
        <translation>”%1” säger inte om samtalet besvarades. Skriv till exempel ja eller nej, yes eller no, da eller nu.</translation>
    </message>
    <message>
        <source>The call is marked as not answered but has a talk time of “%1”. Which is right?</source>
        <translation>Samtalet är markerat som obesvarat men har samtalstiden ”%1”. Vilket stämmer?</translation>
    </message>
    <message>
        <source>The call came in on %1, outside the period chosen below.</source>
        <translation>Samtalet kom in %1, utanför perioden som valts nedan.</translation>
    </message>
    <message>
        <source>The row cannot be read.</source>
        <translation>Raden går inte att läsa.</translation>
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
        <source>The goal does not say within how many seconds calls are to be answered. Set it in the policy (Policy › Goals) first.</source>
        <translation>Målet anger inte inom hur många sekunder samtalen ska besvaras. Ange det först i policyn (Policy › Mål).</translation>
    </message>
    <message>
        <source>The goal leaves out short hang-ups but does not say how short. Set the seconds in the policy (Policy › Goals) first.</source>
        <translation>Målet räknar bort korta avbrutna samtal men anger inte hur korta. Ange sekunderna först i policyn (Policy › Mål).</translation>
    </message>
    <message>
        <source>No call came in during opening hours, so there is no service level to store.</source>
        <translation>Inga samtal kom in under öppettid, så det finns ingen servicenivå att spara.</translation>
    </message>
    <message>
        <source>A call counts as answered in time when it is answered within %1.</source>
        <translation>Ett samtal räknas som besvarat i tid när det besvaras inom %1.</translation>
    </message>
    <message>
        <source>Calls hung up before an answer are left out of the figure: only answered calls count.</source>
        <translation>Samtal där den som ringer lägger på innan någon svarar räknas inte med i siffran: bara besvarade samtal räknas.</translation>
    </message>
    <message>
        <source>Calls hung up within %1 are left out (a wrong number or a change of mind); later hang-ups count as not answered in time.</source>
        <translation>Samtal där den som ringer lägger på inom %1 räknas inte med (fel nummer eller ändrade planer); samtal som avbryts senare räknas som inte besvarade i tid.</translation>
    </message>
    <message>
        <source>Every call hung up before an answer counts as not answered in time.</source>
        <translation>Varje samtal där den som ringer lägger på innan någon svarar räknas som inte besvarat i tid.</translation>
    </message>
    <message>
        <source>%1 of 1 counted call</source>
        <translation>%1 av 1 räknat samtal</translation>
    </message>
    <message>
        <source>%1 of %2 counted calls</source>
        <translation>%1 av %2 räknade samtal</translation>
    </message>
    <message>
        <source>%1 of 1 call</source>
        <translation>%1 av 1 samtal</translation>
    </message>
    <message>
        <source>%1 of %2 calls</source>
        <translation>%1 av %2 samtal</translation>
    </message>
    <message>
        <source>Import a call log</source>
        <translation>Importera en samtalslogg</translation>
    </message>
    <message>
        <source>Phone goal:</source>
        <translation>Telefonmål:</translation>
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
        <source>Call log:</source>
        <translation>Samtalslogg:</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Det här lästes in</translation>
    </message>
    <message>
        <source>The figures by the goal&apos;s rule</source>
        <translation>Siffrorna enligt målets regel</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Under öppettid</translation>
    </message>
    <message>
        <source>Outside opening hours</source>
        <translation>Utanför öppettid</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicenivå</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Genomsnittlig svarstid</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Avbrutna samtal</translation>
    </message>
    <message>
        <source>Hung up, short ones left out</source>
        <translation>Avbrutna, utan de korta</translation>
    </message>
    <message>
        <source>Opening hours are those set under Office hours. The figure stored is the opening-hours service level: the promise holds while someone is there to answer.</source>
        <translation>Öppettiden är den som du har angett under Öppettider. Siffran som sparas är servicenivån under öppettid: löftet gäller när någon finns på plats och kan svara.</translation>
    </message>
    <message>
        <source>Store as the goal&apos;s figure</source>
        <translation>Spara som målets siffra</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Värde:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>e.g. the new phone menu started on the 10th</source>
        <translation>t.ex. den nya telefonmenyn startade den 10:e</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Choose a Call Log (CSV)</source>
        <translation>Välj en samtalslogg (CSV)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>Choose the call list your phone system exports as CSV, one row a call.</source>
        <translation>Välj samtalslistan som ditt telefonsystem exporterar som CSV, en rad per samtal.</translation>
    </message>
    <message>
        <source>Encoding: %1 · Separator: %2</source>
        <translation>Teckenkodning: %1 · Avgränsare: %2</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 samtal</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 samtal</translation>
    </message>
    <message>
        <source>%1 read, from %2 to %3.</source>
        <translation>Läste in %1, från %2 till %3.</translation>
    </message>
    <message>
        <source>Nothing can be imported until every problem is fixed in the file.</source>
        <translation>Inget kan importeras förrän alla problem är rättade i filen.</translation>
    </message>
    <message>
        <source>Is this the call list of a phone system? Its header should name columns such as “Start time”, “Answered” and “Waiting time”.</source>
        <translation>Är det här samtalslistan från ett telefonsystem? Rubrikraden bör ha kolumner som ”Starttid”, ”Besvarat” och ”Väntetid”.</translation>
    </message>
    <message>
        <source>1 of %2 rows has a problem.</source>
        <translation>1 av %2 rader har problem.</translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems.</source>
        <translation>%1 av %2 rader har problem.</translation>
    </message>
    <message>
        <source>Choose a phone goal and a call log to see the figures.</source>
        <translation>Välj ett telefonmål och en samtalslogg för att se siffrorna.</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Inga samtal</translation>
    </message>
    <message>
        <source>1 call: %2 answered, %3 hung up</source>
        <translation>1 samtal: besvarade %2, avbrutna %3</translation>
    </message>
    <message>
        <source>%1 calls: %2 answered, %3 hung up</source>
        <translation>%1 samtal: besvarade %2, avbrutna %3</translation>
    </message>
    <message>
        <source>— (no call counts)</source>
        <translation>— (inga samtal räknas)</translation>
    </message>
    <message>
        <source>%1
%2 answered within %3</source>
        <translation>%1
%2 besvarade inom %3</translation>
    </message>
    <message>
        <source>— (no call answered)</source>
        <translation>— (inga besvarade samtal)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, the service level in opening hours</source>
        <translation>%1, servicenivån under öppettid</translation>
    </message>
    <message>
        <source>None: no call came in during opening hours, so nothing can be stored.</source>
        <translation>Inget: inga samtal kom in under öppettid, så inget kan sparas.</translation>
    </message>
    <message>
        <source>A figure is already stored for a period ending on %1 (%2 %3). Import asks before replacing it.</source>
        <translation>En siffra finns redan sparad för en period som slutar %1 (%2 %3). Importen frågar innan den ersätts.</translation>
    </message>
    <message>
        <source>Replace the figure?</source>
        <translation>Ersätta siffran?</translation>
    </message>
    <message>
        <source>%1 to %2 already has a figure. Replace it with %3 from the call log?</source>
        <translation>%1 till %2 har redan en siffra. Vill du ersätta den med %3 från samtalsloggen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>Keep the old figure</source>
        <translation>Behåll den gamla siffran</translation>
    </message>
    <message>
        <source>Nothing was stored: this period keeps the figure it has.</source>
        <translation>Inget sparades: perioden behåller den siffra den har.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>1 call came in outside this period. Nothing was stored.</source>
        <translation>1 samtal kom in utanför den här perioden. Inget sparades.</translation>
    </message>
    <message>
        <source>%1 calls came in outside this period. Nothing was stored.</source>
        <translation>%1 samtal kom in utanför den här perioden. Inget sparades.</translation>
    </message>
    <message>
        <source>Choose a period that holds every call: from %1 to %2 at least.</source>
        <translation>Välj en period som rymmer alla samtal: minst från %1 till %2.</translation>
    </message>
    <message>
        <source>The file has changed since it was read and now has problems; nothing was stored.</source>
        <translation>Filen har ändrats sedan den lästes in och har nu problem; inget sparades.</translation>
    </message>
    <message>
        <source>This period already has a figure.</source>
        <translation>Den här perioden har redan en siffra.</translation>
    </message>
</context>
<context>
    <name>CapacityBox</name>
    <message>
        <source>What you can promise today</source>
        <translation>Det du kan lova i dag</translation>
    </message>
</context>
<context>
    <name>CapacityText</name>
    <message>
        <source>how many contacts arrive through at least one channel</source>
        <translation>hur många kontakter som kommer in via minst en kanal</translation>
    </message>
    <message>
        <source>how many people handle customer contacts</source>
        <translation>hur många personer som tar hand om kundkontakterna</translation>
    </message>
    <message>
        <source>the business hours per working day</source>
        <translation>öppettiden per arbetsdag</translation>
    </message>
    <message>
        <source>how many contacts one person handles per day</source>
        <translation>hur många kontakter en person hinner med per dag</translation>
    </message>
    <message>
        <source>Fill in the figures above and the result appears here as you type. Still missing:</source>
        <translation>Fyll i siffrorna ovan så visas resultatet här medan du skriver. Det saknas fortfarande:</translation>
    </message>
    <message>
        <source>the number of people</source>
        <translation>antalet personer</translation>
    </message>
    <message>
        <source>the business hours per day</source>
        <translation>öppettiden per dag</translation>
    </message>
    <message>
        <source>the contacts per person</source>
        <translation>kontakterna per person</translation>
    </message>
    <message>
        <source>the contacts waiting</source>
        <translation>kontakterna som väntar</translation>
    </message>
    <message>
        <source>the working days per week</source>
        <translation>arbetsdagarna per vecka</translation>
    </message>
    <message>
        <source>Contacts arrive, but %1 is zero: nobody has time to answer them, so nothing can be promised. Enter what you really have, even if it is little.</source>
        <translation>Kontakter kommer in, men %1 är noll: ingen har tid att svara, så ingenting kan utlovas. Fyll i vad du faktiskt har, även om det är lite.</translation>
    </message>
    <message>
        <source>Write %1 as a whole number.</source>
        <translation>Skriv %1 som ett heltal.</translation>
    </message>
    <message>
        <source>%1 cannot be below zero.</source>
        <translation>%1 kan inte vara mindre än noll.</translation>
    </message>
    <message>
        <source>%1 is larger than %2; please check the figure.</source>
        <translation>%1 är större än %2; kontrollera siffran.</translation>
    </message>
    <message>
        <source>%1 lies between %2 and %3.</source>
        <translation>%1 ska ligga mellan %2 och %3.</translation>
    </message>
    <message>
        <source>Write %1 as a number.</source>
        <translation>Skriv %1 som ett tal.</translation>
    </message>
    <message>
        <source>You can promise an answer within %1 working days.</source>
        <translation>Du kan lova svar inom %1 arbetsdagar.</translation>
    </message>
    <message>
        <source>You can promise an answer within one business hour.</source>
        <translation>Du kan lova svar inom en timme under öppettid.</translation>
    </message>
    <message>
        <source>You can promise an answer within %1 business hours.</source>
        <translation>Du kan lova svar inom %1 timmar under öppettid.</translation>
    </message>
    <message>
        <source>That is a load of %1 %: there is room to spare.</source>
        <translation>Det ger en belastning på %1 %: det finns gott om marginal.</translation>
    </message>
    <message>
        <source>That is a load of %1 %: comfortably busy.</source>
        <translation>Det ger en belastning på %1 %: lagom fullt upp.</translation>
    </message>
    <message>
        <source>That is a load of %1 %: tight. A sick day or a busy Monday will make customers wait.</source>
        <translation>Det ger en belastning på %1 %: snävt. En sjukdag eller en hektisk måndag gör att kunderna får vänta.</translation>
    </message>
    <message>
        <source>That is a load of %1 %: more than you can handle.</source>
        <translation>Det ger en belastning på %1 %: mer än det går att hinna med.</translation>
    </message>
    <message>
        <source>About %1 contacts arrive per working day, all channels together.</source>
        <translation>Ungefär %1 kontakter kommer in per arbetsdag, alla kanaler sammanlagt.</translation>
    </message>
    <message>
        <source>%1 people handling %2 contacts each can answer about %3 contacts per working day.</source>
        <translation>%1 personer som klarar %2 kontakter var kan besvara ungefär %3 kontakter per arbetsdag.</translation>
    </message>
    <message>
        <source>This is sustainable: the queue does not grow.</source>
        <translation>Det här håller i längden: kön växer inte.</translation>
    </message>
    <message>
        <source>That is a promise a small team can keep. Write it down as a goal in step 5, and measure for a few months whether you hold it.</source>
        <translation>Det är ett löfte som ett litet team kan hålla. Skriv in det som ett mål i steg 5, och mät under några månader om du håller det.</translation>
    </message>
    <message>
        <source>This is not sustainable: about %1 contacts a day stay unanswered, so the queue grows by about %2 contacts a week. No answer time can honestly be promised yet.</source>
        <translation>Det här håller inte i längden: ungefär %1 kontakter om dagen blir obesvarade, så kön växer med ungefär %2 kontakter i veckan. Ingen svarstid kan ärligt utlovas än.</translation>
    </message>
    <message>
        <source>To keep up you need about %1 people where you have %2, or fewer contacts coming in.</source>
        <translation>För att hinna med behöver du ungefär %1 personer i stället för %2, eller färre kontakter som kommer in.</translation>
    </message>
    <message>
        <source>That is common in a small business and it can be solved: answer e-mail in two fixed slots a day, put answers to the most common questions on your website, or get help on the busiest days.</source>
        <translation>Det är vanligt i små företag och går att lösa: svara på e-post vid två fasta tider om dagen, lägg ut svar på de vanligaste frågorna på din webbplats, eller ta in hjälp de mest hektiska dagarna.</translation>
    </message>
    <message>
        <source>Tip: with few hands the phone cannot always be answered while you serve a customer. Promise to call back instead (for example within two business hours) and keep that promise; customers accept a call-back they can trust.</source>
        <translation>Tips: med lite personal går det inte alltid att svara i telefon medan du hjälper en kund. Lova i stället att ringa tillbaka (till exempel inom två timmar under öppettid) och håll det löftet; kunder godtar att bli uppringda när de kan lita på att det blir av.</translation>
    </message>
    <message>
        <source>The %1 contacts waiting now are cleared in about %2 working days, with the spare capacity you have.</source>
        <translation>De %1 kontakter som väntar nu är avklarade på ungefär %2 arbetsdagar, med den lediga kapacitet du har.</translation>
    </message>
    <message>
        <source>There is no spare capacity, so the %1 contacts waiting now will not get fewer by themselves.</source>
        <translation>Det finns ingen ledig kapacitet, så de %1 kontakter som väntar nu blir inte färre av sig själva.</translation>
    </message>
</context>
<context>
    <name>ClockTexts</name>
    <message>
        <source>On time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Snart dags</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missat</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjat</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bekräfta</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lös</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Följ upp</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>under 1 min</translation>
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
        <translation>stängningen från %1 den %2</translation>
    </message>
    <message>
        <source>the closure %1 on %2</source>
        <translation>stängningen %1 den %2</translation>
    </message>
    <message>
        <source>the closure from %1 to %2</source>
        <translation>stängningen från %1 till %2</translation>
    </message>
    <message>
        <source>nights</source>
        <translation>nätter</translation>
    </message>
    <message>
        <source>lunch breaks</source>
        <translation>lunchraster</translation>
    </message>
    <message>
        <source>%n day</source>
        <comment>a duration</comment>
        <translation>%n dag</translation>
    </message>
    <message>
        <source>%n days</source>
        <comment>a duration</comment>
        <translation>%n dagar</translation>
    </message>
    <message>
        <source>%n other closed day</source>
        <translation>%n annan stängd dag</translation>
    </message>
    <message>
        <source>%n other closed days</source>
        <translation>%n andra stängda dagar</translation>
    </message>
    <message>
        <source>%n other closure</source>
        <translation>%n annan stängning</translation>
    </message>
    <message>
        <source>%n other closures</source>
        <translation>%n andra stängningar</translation>
    </message>
    <message>
        <source>%1 are not counted</source>
        <translation>%1 räknas inte</translation>
    </message>
    <message>
        <source>%1 is not counted</source>
        <translation>%1 räknas inte</translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation>Bekräfta senast %1</translation>
    </message>
    <message>
        <source>Resolve by %1</source>
        <translation>Lös senast %1</translation>
    </message>
    <message>
        <source>Follow up by %1</source>
        <translation>Följ upp senast %1</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>Bekräftades %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Löstes %1</translation>
    </message>
    <message>
        <source>Followed up %1</source>
        <translation>Följdes upp %1</translation>
    </message>
    <message>
        <source>%1 after the resolution, in calendar days</source>
        <translation>%1 efter lösningen, i kalenderdagar</translation>
    </message>
    <message>
        <source>every hour counts: no office hours are set</source>
        <translation>varje timme räknas: inga öppettider är angivna</translation>
    </message>
    <message>
        <source>paused %1 while waiting for the customer</source>
        <translation>pausad %1 i väntan på kunden</translation>
    </message>
    <message>
        <source>Follow up within %1 after the resolution.</source>
        <translation>Följ upp inom %1 efter lösningen.</translation>
    </message>
    <message>
        <source>Paused while waiting for the customer; %1 of the %2 left.</source>
        <translation>Pausad i väntan på kunden; %1 av %2 återstår.</translation>
    </message>
    <message>
        <source>The due time is worked out again when the wait ends.</source>
        <translation>Förfallotiden räknas ut på nytt när väntan är över.</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>Försenad.</translation>
    </message>
    <message>
        <source>Overdue by %1.</source>
        <translation>Försenad med %1.</translation>
    </message>
    <message>
        <source>Due soon: %1 left.</source>
        <translation>Snart dags: %1 kvar.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>%1 kvar.</translation>
    </message>
    <message>
        <source>%1, within the target.</source>
        <translation>%1, inom målet.</translation>
    </message>
    <message>
        <source>%1, %2 late.</source>
        <translation>%1, %2 för sent.</translation>
    </message>
    <message>
        <source>%1, right at the due time.</source>
        <translation>%1, precis vid förfallotiden.</translation>
    </message>
    <message>
        <source>%1, %2 before the due time.</source>
        <translation>%1, %2 före förfallotiden.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Förfallotid %1</translation>
    </message>
    <message>
        <source>Handling time %1 (every hour counts: no office hours are set)</source>
        <translation>Handläggningstid %1 (varje timme räknas: inga öppettider är angivna)</translation>
    </message>
    <message>
        <source>Handling time so far %1 (every hour counts: no office hours are set)</source>
        <translation>Handläggningstid hittills %1 (varje timme räknas: inga öppettider är angivna)</translation>
    </message>
    <message>
        <source>Handling time %1: %2 inside office hours, %3 outside</source>
        <translation>Handläggningstid %1: %2 inom öppettiderna, %3 utanför</translation>
    </message>
    <message>
        <source>Handling time so far %1: %2 inside office hours, %3 outside</source>
        <translation>Handläggningstid hittills %1: %2 inom öppettiderna, %3 utanför</translation>
    </message>
    <message>
        <source>No service targets apply to this complaint (Settings → Service targets).</source>
        <translation>Inga servicemål gäller för det här klagomålet (Inställningar → Servicemål).</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>This part of PolicyDesk is coming in a later version. Everything you enter elsewhere is kept and will be used here.</source>
        <translation>Den här delen av PolicyDesk kommer i en senare version. Allt du skriver in på andra ställen sparas och används här.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Versions</source>
        <translation>Jämför versioner</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Earlier version:</source>
        <translation>&amp;Tidigare version:</translation>
    </message>
    <message>
        <source>&amp;Later version:</source>
        <translation>&amp;Senare version:</translation>
    </message>
    <message>
        <source>Show &amp;unchanged sections</source>
        <translation>Visa &amp;oförändrade avsnitt</translation>
    </message>
    <message>
        <source>There is no version to compare yet.</source>
        <translation>Det finns ingen version att jämföra med än.</translation>
    </message>
    <message>
        <source>Sections changed: %1, added: %2, removed: %3.</source>
        <translation>Ändrade avsnitt: %1, tillagda: %2, borttagna: %3.</translation>
    </message>
    <message>
        <source>Both sides show the same version; choose another one.</source>
        <translation>Båda sidorna visar samma version; välj en annan.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Nothing changed between these versions.</source>
        <translation>Ingenting har ändrats mellan de här versionerna.</translation>
    </message>
    <message>
        <source>Neither version has anything written yet.</source>
        <translation>Ingen av versionerna har något skrivet än.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrat</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrat</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>&amp;Earlier round:</source>
        <translation>&amp;Tidigare omgång:</translation>
    </message>
    <message>
        <source>&amp;Later round:</source>
        <translation>&amp;Senare omgång:</translation>
    </message>
    <message>
        <source>These rounds used different versions of the statements: part of a change may come from new wording rather than from the business.</source>
        <translation>Omgångarna använde olika versioner av påståendena: en del av en förändring kan bero på nya formuleringar snarare än på företaget.</translation>
    </message>
    <message>
        <source>Statements that changed most</source>
        <translation>Påståenden som förändrats mest</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Påstående</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Före → efter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (pågår)</translation>
    </message>
    <message>
        <source>Comparing needs two rounds with a result. After next year&apos;s round you can see here what moved.</source>
        <translation>För att jämföra behövs två omgångar med resultat. Efter nästa års omgång kan du se här vad som har förändrats.</translation>
    </message>
    <message>
        <source>Choose two different rounds to compare.</source>
        <translation>Välj två olika omgångar att jämföra.</translation>
    </message>
    <message>
        <source>These rounds cannot be compared: one of them has statements nobody rated.</source>
        <translation>Omgångarna går inte att jämföra: en av dem har påståenden som ingen har bedömt.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <source>Area scores of %1</source>
        <translation>Poäng per område, %1</translation>
    </message>
    <message>
        <source>Areas of %1 as a radar</source>
        <translation>Radardiagram över områdena, %1</translation>
    </message>
    <message>
        <source>Quotient %1 in %2 → %3 in %4 (%5)</source>
        <translation>Kvot %1 i %2 → %3 i %4 (%5)</translation>
    </message>
    <message>
        <source>Band: %1 in both rounds.</source>
        <translation>Nivå: %1 i båda omgångarna.</translation>
    </message>
    <message>
        <source>Band: %1 → %2.</source>
        <translation>Nivå: %1 → %2.</translation>
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
        <source>Service targets</source>
        <translation>Servicemål</translation>
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
        <source>No service targets apply to this complaint; the owner sets them under Settings → Service targets.</source>
        <translation>Inga servicemål gäller för det här klagomålet; ägaren ställer in dem under Inställningar → Servicemål.</translation>
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
        <source>Due</source>
        <translation>Förfallotid</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>When the complaint&apos;s next step is due, counted in office hours, and where it stands; point at a complaint for the reasons (this column cannot be sorted)</source>
        <translation>När klagomålets nästa steg senast ska vara gjort, räknat i öppettid, och hur det ligger till; peka på ett klagomål för att se varför (den här kolumnen går inte att sortera)</translation>
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
        <source>Service levels</source>
        <translation>Servicenivåer</translation>
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
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>Print a report of the complaints shown (Print &amp; export)</source>
        <translation>Skriv ut en rapport över klagomålen som visas (Utskrift och export)</translation>
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
    <name>DateAnswer</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
</context>
<context>
    <name>DayRow</name>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Add Hours</source>
        <translation>Lägg till tider</translation>
    </message>
    <message>
        <source>Add an open interval to this day</source>
        <translation>Lägg till ett intervall med öppet den här dagen</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>New Date</source>
        <translation>Nytt datum</translation>
    </message>
    <message>
        <source>Edit the Date</source>
        <translation>Redigera datumet</translation>
    </message>
    <message>
        <source>Optional: for example “Stocktaking”</source>
        <translation>Valfritt: till exempel ”Inventering”</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>&amp;Closed:</source>
        <translation>&amp;Stängt:</translation>
    </message>
    <message>
        <source>Closing early at 13:00? Then closed from 13:00 to 00:00 (midnight).</source>
        <translation>Stänger du tidigt kl. 13:00? Då är det stängt från 13:00 till 00:00 (midnatt).</translation>
    </message>
    <message>
        <source>&amp;Open:</source>
        <translation>&amp;Öppet:</translation>
    </message>
    <message>
        <source>The hours of this date; a closing time before the opening is next day.</source>
        <translation>Öppettiderna det här datumet; en stängningstid före öppningstiden gäller nästa dag.</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Finding</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>Add a Finding</source>
        <translation>Lägg till en iakttagelse</translation>
    </message>
    <message>
        <source>Change the Finding</source>
        <translation>Ändra iakttagelsen</translation>
    </message>
    <message>
        <source>What was found, in one line</source>
        <translation>Vad som framkom, på en rad</translation>
    </message>
    <message>
        <source>e.g. %, per month, seconds</source>
        <translation>t.ex. %, per månad, sekunder</translation>
    </message>
    <message>
        <source>e.g. Customer survey spring 2026, or the carrier&apos;s monthly report</source>
        <translation>t.ex. Kundenkät våren 2026, eller fraktbolagets månadsrapport</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Where it &amp;comes from:</source>
        <translation>Hämtad &amp;från:</translation>
    </message>
    <message>
        <source>&amp;Recorded on:</source>
        <translation>&amp;Noterad den:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Something the complaint log shows beyond the counts, e.g. a pattern in when complaints come.</source>
        <translation>Något som klagomålsloggen visar utöver antalen, t.ex. ett mönster i när klagomålen kommer.</translation>
    </message>
    <message>
        <source>Write what customers answered to an open question, in their words if you can, and how many answered.</source>
        <translation>Skriv vad kunderna svarade på en öppen fråga, gärna med deras egna ord, och hur många som svarade.</translation>
    </message>
    <message>
        <source>Who took part, and what they kept coming back to.</source>
        <translation>Vilka som deltog, och vad de hela tiden återkom till.</translation>
    </message>
    <message>
        <source>A question or problem staff hear again and again, and how often.</source>
        <translation>En fråga eller ett problem som personalen hör gång på gång, och hur ofta.</translation>
    </message>
    <message>
        <source>A figure from your own business with its period: returns, backorders and stock-outs, or the internal reject rate.</source>
        <translation>En siffra från ditt eget företag, med period: returer, restnoteringar och varor som tagit slut, eller andelen som kasseras internt.</translation>
    </message>
    <message>
        <source>What a carrier, call centre or web agency reports: redone deliveries, waiting times, callers who hang up.</source>
        <translation>Det som fraktbolaget, callcentret eller webbyrån rapporterar: leveranser som fick göras om, väntetider, personer som lägger på innan de fått svar.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Answer calls within %1 seconds</source>
        <translation>Svara i telefon inom %1 sekunder</translation>
    </message>
    <message>
        <source>Reply to e-mail within %1 business hours</source>
        <translation>Svara på e-post inom %1 timmar under öppettid</translation>
    </message>
    <message>
        <source>Resolve complaints within 3 business days</source>
        <translation>Lös klagomål inom 3 arbetsdagar</translation>
    </message>
    <message>
        <source>Reachable all through opening hours</source>
        <translation>Nåbara under hela öppettiden</translation>
    </message>
    <message>
        <source>Few returns</source>
        <translation>Få returer</translation>
    </message>
    <message>
        <source>Complainants satisfied with how we handled it</source>
        <translation>Kunder som klagat är nöjda med hanteringen</translation>
    </message>
    <message>
        <source>Complainants who buy from us again</source>
        <translation>Kunder som klagat handlar hos oss igen</translation>
    </message>
    <message>
        <source>The share of calls during opening hours that a person answers within %1 seconds of the first ring. Taken each month from the phone system&apos;s report.</source>
        <translation>Andelen samtal under öppettid som besvaras av en person inom %1 sekunder från första signalen. Hämtas varje månad från telefonsystemets rapport.</translation>
    </message>
    <message>
        <source>The share of customer e-mails that get a personal answer within %1 hours, counted in opening hours only. Automatic replies do not count. Counted in the shared inbox each month.</source>
        <translation>Andelen kundmejl som får ett personligt svar inom %1 timmar, räknat bara under öppettid. Automatiska svar räknas inte. Räknas i den gemensamma inkorgen varje månad.</translation>
    </message>
    <message>
        <source>The share of complaints resolved within 3 business days of reaching us, taken from the complaint log. Days spent waiting for the customer do not count.</source>
        <translation>Andelen klagomål som löses inom 3 arbetsdagar från att de nått oss, enligt klagomålsloggen. Dagar då vi väntar på kunden räknas inte.</translation>
    </message>
    <message>
        <source>The share of opening hours when a customer can reach a person by phone or at the counter, from the staff rota and the phone system.</source>
        <translation>Andelen av öppettiden då en kund kan nå en person per telefon eller vid disken, enligt personalschemat och telefonsystemet.</translation>
    </message>
    <message>
        <source>The share of items sold that come back as returns, counted each month from the till and the web shop.</source>
        <translation>Andelen sålda varor som kommer tillbaka som returer, räknat varje månad från kassan och webbutiken.</translation>
    </message>
    <message>
        <source>Of the complainants we reach at the follow-up, the share who say they are satisfied with how their complaint was handled.</source>
        <translation>Av de kunder som klagat och som vi når vid uppföljningen: andelen som säger att de är nöjda med hur klagomålet hanterades.</translation>
    </message>
    <message>
        <source>Of the customers who complained, the share who buy from us again within six months of the complaint.</source>
        <translation>Av de kunder som klagat: andelen som handlar hos oss igen inom sex månader efter klagomålet.</translation>
    </message>
    <message>
        <source>Goal (Approved Version)</source>
        <translation>Mål (godkänd version)</translation>
    </message>
    <message>
        <source>New Goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Edit Goal</source>
        <translation>Redigera mål</translation>
    </message>
    <message>
        <source>Save Goal</source>
        <translation>Spara målet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>What you promise</source>
        <translation>Vad du lovar</translation>
    </message>
    <message>
        <source>Kind of goal</source>
        <translation>Typ av mål</translation>
    </message>
    <message>
        <source>Changing it fills in the texts you have not changed yourself.</source>
        <translation>När du byter fylls de texter i som du inte har ändrat själv.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>What is measured, and how</source>
        <translation>Vad som mäts, och hur</translation>
    </message>
    <message>
        <source>Say exactly what is counted and where the figure comes from, so that next year&apos;s figure means the same as this year&apos;s.</source>
        <translation>Ange exakt vad som räknas och var siffran kommer ifrån, så att nästa års siffra betyder samma sak som årets.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timmar</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>points</source>
        <translation>poäng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Better is</source>
        <translation>Bättre är</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Inom</translation>
    </message>
    <message>
        <source>Strictest: everyone who gave up waiting counts against you.</source>
        <translation>Strängast: alla som tröttnade på att vänta räknas emot dig.</translation>
    </message>
    <message>
        <source>Only calls that someone answered are counted.</source>
        <translation>Bara samtal som någon svarade på räknas.</translation>
    </message>
    <message>
        <source>People who hang up within a few seconds often misdialled; everyone who waited longer and gave up counts against you.</source>
        <translation>Den som lägger på inom några sekunder har ofta slagit fel nummer; alla som väntade längre och gav upp räknas emot dig.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>within</source>
        <translation>inom</translation>
    </message>
    <message>
        <source>Calls that hang up</source>
        <translation>Samtal som avbryts</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Set targets after a baseline: if you have not measured this yet, measure it for a few months first, then agree the minimum and the target on real figures.</source>
        <translation>Sätt målvärden utifrån ett utgångsvärde: om du inte har mätt det här än, mät det först under några månader och bestäm sedan miniminivå och målvärde utifrån riktiga siffror.</translation>
    </message>
    <message>
        <source>Measure first, for</source>
        <translation>Mät först, under</translation>
    </message>
    <message>
        <source>We have measured it</source>
        <translation>Vi har mätt det</translation>
    </message>
    <message>
        <source>No baseline yet (a target without one is a guess)</source>
        <translation>Inget utgångsvärde än (ett målvärde utan det är en gissning)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Measured from</source>
        <translation>Mätt från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Nivåer</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Miniminivå</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>What you aim for. Choose something your own decisions can change.</source>
        <translation>Det du siktar på. Välj något som dina egna beslut kan påverka.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen än</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Genomgång</translation>
    </message>
    <message>
        <source>Not linked to a top problem</source>
        <translation>Inte kopplat till något av de största problemen</translation>
    </message>
    <message>
        <source>Top problem</source>
        <translation>Största problem</translation>
    </message>
    <message>
        <source>Top problem %1</source>
        <translation>Största problem nr %1</translation>
    </message>
    <message>
        <source> business hours</source>
        <translation> timmar öppettid</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> sekunder</translation>
    </message>
    <message>
        <source>The level you must never fall below. The lowest figure you accept, even in a bad month.</source>
        <translation>Den nivå du aldrig får hamna under. Den lägsta siffra du godtar, även en dålig månad.</translation>
    </message>
    <message>
        <source>The level you must never go beyond. The highest figure you accept, even in a bad month.</source>
        <translation>Den nivå du aldrig får gå över. Den högsta siffra du godtar, även en dålig månad.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Goals &amp; follow-up</source>
        <translation>Mål och uppföljning</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Review meetings</source>
        <translation>Uppföljningsmöten</translation>
    </message>
    <message>
        <source>Improvement plans</source>
        <translation>Förbättringsplaner</translation>
    </message>
    <message>
        <source>No goals yet. Set your goals in the policy (Policy › Goals); they are followed up here, with their figures and trends.</source>
        <translation>Inga mål än. Sätt upp dina mål i policyn (Policy › Mål); de följs upp här, med sina siffror och trender.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Latest figure</source>
        <translation>Senaste siffra</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Miniminivå</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Enter a figure…</source>
        <translation>Fyll i en siffra…</translation>
    </message>
    <message>
        <source>Set levels…</source>
        <translation>Sätt nivåer…</translation>
    </message>
    <message>
        <source>Import call log…</source>
        <translation>Importera samtalslogg…</translation>
    </message>
    <message>
        <source>Staffing check…</source>
        <translation>Bemanningskoll…</translation>
    </message>
    <message>
        <source>How many people must answer the phone to keep a promise on answer times.</source>
        <translation>Hur många som måste svara i telefon för att du ska kunna hålla det du lovar om svarstider.</translation>
    </message>
    <message>
        <source>Make an improvement plan…</source>
        <translation>Gör en förbättringsplan…</translation>
    </message>
    <message>
        <source>Period to compute</source>
        <translation>Period att räkna fram</translation>
    </message>
    <message>
        <source>Compute from the complaint log</source>
        <translation>Räkna fram ur klagomålsloggen</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Save reminders (.ics)…</source>
        <translation>Spara påminnelser (.ics)…</translation>
    </message>
    <message>
        <source>A calendar file with the next review meeting and the yearly self-assessment, for your calendar program.</source>
        <translation>En kalenderfil med nästa uppföljningsmöte och den årliga självskattningen, för ditt kalenderprogram.</translation>
    </message>
    <message>
        <source>Improvement plan needed</source>
        <translation>Förbättringsplan behövs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the figure for %1: %2</source>
        <translation>Fyll i siffran för %1: %2</translation>
    </message>
    <message>
        <source>Improvement plan needed for %1: %2 is below the minimum %3 (%4)</source>
        <translation>Förbättringsplan behövs för %1: %2 ligger under miniminivån %3 (%4)</translation>
    </message>
    <message>
        <source>Nothing is due: every figure is entered.</source>
        <translation>Inget att göra: alla siffror är ifyllda.</translation>
    </message>
    <message>
        <source>Compute the service level from the call list your phone system exports.</source>
        <translation>Räkna fram servicenivån ur samtalslistan som ditt telefonsystem exporterar.</translation>
    </message>
    <message>
        <source>Choose a phone goal (calls answered within a time) to import a call log for it.</source>
        <translation>Välj ett telefonmål (samtal besvarade inom en viss tid) för att importera en samtalslogg till det.</translation>
    </message>
    <message>
        <source>Review proposed levels…</source>
        <translation>Granska föreslagna nivåer…</translation>
    </message>
    <message>
        <source>Choose a goal to see its trend.</source>
        <translation>Välj ett mål för att se dess trend.</translation>
    </message>
    <message>
        <source>Next figure: %1 (due from %2)</source>
        <translation>Nästa siffra: %1 (från %2)</translation>
    </message>
    <message>
        <source>Measuring the baseline: %1 % done, until %2</source>
        <translation>Utgångsvärdet mäts: %1 % klart, till och med %2</translation>
    </message>
    <message>
        <source>Proposed levels are ready: minimum %1, target %2</source>
        <translation>Föreslagna nivåer är klara: miniminivå %1, målvärde %2</translation>
    </message>
    <message>
        <source>Improvement plan needed: the latest figure is below the minimum. Make a plan with actions, an owner and due dates, and take it to the next review meeting.</source>
        <translation>Förbättringsplan behövs: den senaste siffran ligger under miniminivån. Gör en plan med åtgärder, en ägare och datum, och ta upp den på nästa uppföljningsmöte.</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Uppmätt</translation>
    </message>
    <message>
        <source>No figures yet: enter the first one to start the trend.</source>
        <translation>Inga siffror än: fyll i den första för att starta trenden.</translation>
    </message>
    <message>
        <source>Trend of %1: %2 figures</source>
        <translation>Trend för %1: %2 siffror</translation>
    </message>
    <message>
        <source>%1 (no figure yet)</source>
        <translation>%1 (ingen siffra än)</translation>
    </message>
    <message>
        <source>The levels were saved.</source>
        <translation>Nivåerna sparades.</translation>
    </message>
    <message>
        <source>Stored %1 for %2, from the call log.</source>
        <translation>Sparade %1 för %2, ur samtalsloggen.</translation>
    </message>
    <message>
        <source>The figure was saved.</source>
        <translation>Siffran sparades.</translation>
    </message>
    <message>
        <source>Replace the figure?</source>
        <translation>Ersätta siffran?</translation>
    </message>
    <message>
        <source>%1 already has a figure. Replace it with the one computed now?</source>
        <translation>%1 har redan en siffra. Vill du ersätta den med den som räknades fram nu?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>Keep the old figure</source>
        <translation>Behåll den gamla siffran</translation>
    </message>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Inget sparades: %1</translation>
    </message>
    <message>
        <source>Stored %1 for %2, computed from the complaint log.</source>
        <translation>Sparade %1 för %2, framräknat ur klagomålsloggen.</translation>
    </message>
    <message>
        <source>Save reminders</source>
        <translation>Spara påminnelser</translation>
    </message>
    <message>
        <source>Reminders saved as %1</source>
        <translation>Påminnelserna sparades som %1</translation>
    </message>
</context>
<context>
    <name>GoalsStep</name>
    <message>
        <source>Measure first for %1 months</source>
        <translation>Mät först i %1 månader</translation>
    </message>
    <message>
        <source>&lt;p&gt;Turn each of your top problems into at least one promise you can measure. Say exactly what is counted and how, so that the figure means the same every time you look at it.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Baseline first.&lt;/b&gt; If you have never measured it, measure it for a few months before you promise a figure; then agree the minimum and the target on what you saw.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;minimum level&lt;/b&gt; is the level you must never fall below. The &lt;b&gt;target&lt;/b&gt; is what you aim for.&lt;/li&gt;&lt;li&gt;Choose something your own decisions can change (staffing, routines, tools), and name one person who keeps an eye on it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;i&gt;Example from a bike shop:&lt;/i&gt; 80 % of calls answered within 30 seconds, never below 70 %. Measured each month from the phone system; callers who hang up within 5 seconds are left out. Owner: the shop manager. Reviewed monthly.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gör om vart och ett av dina största problem till minst ett löfte som går att mäta. Säg exakt vad som räknas och hur, så att siffran betyder samma sak varje gång du tittar på den.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Utgångsvärde först.&lt;/b&gt; Om du aldrig har mätt det, mät det under några månader innan du lovar en siffra; bestäm sedan miniminivå och målvärde utifrån det du såg.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Miniminivån&lt;/b&gt; är den nivå du aldrig får hamna under. &lt;b&gt;Målvärdet&lt;/b&gt; är det du siktar på.&lt;/li&gt;&lt;li&gt;Välj något som dina egna beslut kan påverka (bemanning, rutiner, verktyg), och utse en person som håller koll på det.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;i&gt;Exempel från en cykelbutik:&lt;/i&gt; 80 % av samtalen besvaras inom 30 sekunder, aldrig under 70 %. Mäts varje månad i telefonsystemet; den som lägger på inom 5 sekunder räknas inte med. Ägare: butikschefen. Genomgång varje månad.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your top problems and their goals</source>
        <translation>Dina största problem och deras mål</translation>
    </message>
    <message>
        <source>You have not named your three most important problems yet. Name them in step 3, Customer needs; then give each one a goal here.</source>
        <translation>Du har inte angett dina tre viktigaste problem än. Ange dem i steg 3, Kundbehov, och ge sedan vart och ett av dem ett mål här.</translation>
    </message>
    <message>
        <source>Go to Customer Needs</source>
        <translation>Gå till Kundbehov</translation>
    </message>
    <message>
        <source>Goals in force</source>
        <translation>Gällande mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Miniminivå</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Genomgång</translation>
    </message>
    <message>
        <source>Top problem</source>
        <translation>Största problem</translation>
    </message>
    <message>
        <source>No goals yet. Press Add Goal and start from a template: it fills in a title, what is measured and how, and the unit, for you to adapt.</source>
        <translation>Inga mål än. Tryck på Lägg till mål och utgå från en mall: den fyller i en rubrik, vad som mäts och hur, och enheten, så att du bara behöver anpassa dem.</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>Lägg till mål</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Slopa…</translation>
    </message>
    <message>
        <source>Take the goal out of the policy in force; its measurements are kept.</source>
        <translation>Ta bort målet ur den gällande policyn; dess mätningar sparas.</translation>
    </message>
    <message>
        <source>Top problem %1</source>
        <translation>Största problem nr %1</translation>
    </message>
    <message>
        <source>✓ Covered by: %1</source>
        <translation>✓ Täcks av: %1</translation>
    </message>
    <message>
        <source>No goal yet</source>
        <translation>Inget mål än</translation>
    </message>
    <message>
        <source>Add a Goal for It</source>
        <translation>Lägg till ett mål för det</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Visa…</translation>
    </message>
    <message>
        <source>Retire the Goal?</source>
        <translation>Slopa målet?</translation>
    </message>
    <message>
        <source>“%1” leaves the policy in force. Its measurements are kept, and approved versions still show it.</source>
        <translation>”%1” tas bort ur den gällande policyn. Målets mätningar sparas, och godkända versioner visar det fortfarande.</translation>
    </message>
    <message>
        <source>Retire Goal</source>
        <translation>Slopa målet</translation>
    </message>
    <message>
        <source>Keep Goal</source>
        <translation>Behåll målet</translation>
    </message>
</context>
<context>
    <name>GuidelinesStep</name>
    <message>
        <source>&lt;p&gt;A complaint handled well wins a customer back. Give staff four steps to follow:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Understand&lt;/b&gt; the problem: let the customer talk, then repeat the facts back so both agree on what happened.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Find the cause&lt;/b&gt;: what went wrong, and where.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Propose&lt;/b&gt; a solution: ask first what the customer would like, then offer what you can.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Resolve&lt;/b&gt; it: do what was agreed, ask whether the customer is satisfied, apologise, and compensate when you can.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Trust your staff with room to act rather than a rulebook: the person who hears about a problem may solve it there and then, within limits you set below. One famous hotel chain sums it up for every employee: &lt;i&gt;“I own and immediately resolve guest problems.”&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ett klagomål som hanteras väl vinner tillbaka en kund. Ge personalen fyra steg att följa:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Förstå&lt;/b&gt; problemet: låt kunden prata och upprepa sedan fakta så att ni båda är överens om vad som hände.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hitta orsaken&lt;/b&gt;: vad som gick fel, och var.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Föreslå&lt;/b&gt; en lösning: fråga först vad kunden vill ha och erbjud sedan det du kan.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lös&lt;/b&gt; det: gör det ni kom överens om, fråga om kunden är nöjd, be om ursäkt och kompensera när du kan.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ge personalen utrymme att agera i stället för en regelbok: den som får höra om ett problem får lösa det direkt, inom de gränser du sätter nedan. En känd hotellkedja sammanfattar det för varje anställd: &lt;i&gt;”Jag äger gästens problem och löser det direkt.”&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The four steps in your own words. Press the button below to start from them and adapt them to your business. The policy cannot be approved without this.</source>
        <translation>De fyra stegen med dina egna ord. Tryck på knappen nedan för att utgå från dem och anpassa dem till ditt företag. Policyn kan inte godkännas utan det här.</translation>
    </message>
    <message>
        <source>1. Understand: let the customer tell the whole story without interrupting. Then say back what you heard (“So the cake you collected on Saturday had the wrong name on it?”) until you both agree.
2. Find the cause: check the order slip and ask whoever baked or packed it. Tell the customer what went wrong, without blaming a colleague.
3. Propose: ask the customer first what would put it right for them. Then offer what you can: a new cake, the money back, or a gift card.
4. Resolve: do what you agreed at once, ask whether the customer is satisfied, apologise, and add something small when you can, such as coffee and a bun on the house. Write the complaint in the log so that we can learn from it.</source>
        <translation>1. Förstå: låt kunden berätta hela historien utan att avbryta. Säg sedan tillbaka vad du hörde (”Så tårtan du hämtade i lördags hade fel namn på sig?”) tills ni båda är överens.
2. Hitta orsaken: kontrollera beställningslappen och fråga den som bakade eller packade. Berätta för kunden vad som gick fel, utan att skylla på en kollega.
3. Föreslå: fråga först vad som skulle ställa det till rätta för kunden. Erbjud sedan det du kan: en ny tårta, pengarna tillbaka eller ett presentkort.
4. Lös: gör genast det ni kom överens om, fråga om kunden är nöjd, be om ursäkt och lägg till något litet när du kan, till exempel kaffe och en bulle som vi bjuder på. Skriv in klagomålet i loggen så att vi kan lära oss av det.</translation>
    </message>
    <message>
        <source>Start from the Four Steps</source>
        <translation>Utgå från de fyra stegen</translation>
    </message>
    <message>
        <source>What anyone on the staff may do for a customer without asking you first.</source>
        <translation>Det som vem som helst i personalen får göra för en kund utan att fråga dig först.</translation>
    </message>
    <message>
        <source>Everyone may replace a product, refund it, or give a gift card on the spot, up to the amount below, and decide how to say sorry. Nobody has to ask before making a customer happy; tell the owner afterwards so we can fix the cause.</source>
        <translation>Alla får byta ut en vara, återbetala den eller ge ett presentkort direkt, upp till beloppet nedan, och själva bestämma hur de ber om ursäkt. Ingen behöver fråga innan de gör en kund glad; berätta för ägaren efteråt så att vi kan åtgärda orsaken.</translation>
    </message>
    <message>
        <source>Per complaint. A limit high enough to solve most cases at once saves customers; a bakery might allow about the price of a large cake.</source>
        <translation>Per klagomål. En gräns som är hög nog att lösa de flesta fall direkt gör att du behåller kunderna; ett bageri kan tillåta ungefär priset för en stor tårta.</translation>
    </message>
    <message>
        <source>Who takes over when a case is beyond the limit or the person who heard it, how fast, and how the customer is kept informed.</source>
        <translation>Vem som tar över när ett ärende går utöver gränsen eller det som den som tog emot det kan lösa, hur snabbt, och hur kunden hålls informerad.</translation>
    </message>
    <message>
        <source>Above the limit, or when the customer is still unhappy, pass the case to the shift leader the same day. If it cannot be solved there, the owner calls the customer within two working days. Tell the customer who will call and when, and write each step in the complaint log.</source>
        <translation>Över gränsen, eller om kunden fortfarande är missnöjd, går ärendet till skiftledaren samma dag. Om det inte går att lösa där ringer ägaren kunden inom två arbetsdagar. Berätta för kunden vem som ringer och när, och skriv in varje steg i klagomålsloggen.</translation>
    </message>
    <message>
        <source>What helps you help customers: it is printed on the customer charter. Leave it empty if there is nothing to ask.</source>
        <translation>Det som hjälper dig att hjälpa kunderna: det skrivs ut på servicelöftet. Lämna tomt om det inte finns något att be om.</translation>
    </message>
    <message>
        <source>Bring the receipt or the order number when something is wrong, tell us early when a cake for a party needs changing, and let us know how we did: praise and complaints both make us better.</source>
        <translation>Ta med kvittot eller ordernumret när något är fel, säg till i god tid om en tårta till festen behöver ändras, och berätta hur vi skötte oss: både beröm och klagomål gör oss bättre.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Quotient</source>
        <translation>Kvot</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Only closed rounds count; a round still in progress joins when it is closed.</source>
        <translation>Bara avslutade omgångar räknas; en omgång som pågår kommer med när den avslutas.</translation>
    </message>
    <message>
        <source>No rounds yet. Once the first round is closed, its quotient is shown here, and every later year is drawn next to it.</source>
        <translation>Inga omgångar än. När den första omgången är avslutad visas dess kvot här, och varje senare år ritas in bredvid.</translation>
    </message>
    <message>
        <source>The chart starts once the first round is closed.</source>
        <translation>Diagrammet börjar när den första omgången är avslutad.</translation>
    </message>
    <message>
        <source>The quotient round after round</source>
        <translation>Kvoten omgång för omgång</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>inget resultat</translation>
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
        <source>What the follow-up waits for</source>
        <translation>Det här väntar uppföljningen på</translation>
    </message>
    <message>
        <source>Nothing is waiting: every figure is entered and no plan is needed.</source>
        <translation>Inget väntar: alla siffror är inlagda och ingen plan behövs.</translation>
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
        <source>In force since %1. Version %2 is a draft.</source>
        <translation>Gäller sedan %1. Version %2 är ett utkast.</translation>
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
        <source>A year has passed: time for this year&apos;s assessment.</source>
        <translation>Ett år har gått: dags för årets självskattning.</translation>
    </message>
    <message>
        <source>Measurable goals. On the staff list: %1.</source>
        <translation>Mätbara mål. På personallistan: %1.</translation>
    </message>
    <message>
        <source>Make an improvement plan for %1: %2 is below the minimum %3 (%4).</source>
        <translation>Gör en förbättringsplan för %1: %2 ligger under miniminivån %3 (%4).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>Compute the figure for %2 from the complaint log: %3.</source>
        <translation>Räkna fram siffran för %2 ur klagomålsloggen: %3.</translation>
    </message>
    <message>
        <source>Enter the figure for %2: %3.</source>
        <translation>Fyll i siffran för %2: %3.</translation>
    </message>
    <message>
        <source>Compute %1 figures for %2 from the complaint log: %3.</source>
        <translation>Räkna fram %1 siffror för %2 ur klagomålsloggen: %3.</translation>
    </message>
    <message>
        <source>Enter %1 figures for %2: %3.</source>
        <translation>Fyll i %1 siffror för %2: %3.</translation>
    </message>
    <message>
        <source>Review the levels proposed for %1 from its baseline: minimum %2, target %3.</source>
        <translation>Se över nivåerna som föreslås för %1 utifrån utgångsvärdet: miniminivå %2, målvärde %3.</translation>
    </message>
    <message>
        <source>Hold the review meeting: it has been due since %1.</source>
        <translation>Håll uppföljningsmötet: det skulle ha hållits %1.</translation>
    </message>
    <message>
        <source>Hold the review meeting: it is due today.</source>
        <translation>Håll uppföljningsmötet: det ska hållas i dag.</translation>
    </message>
    <message>
        <source>Next review meeting: %1.</source>
        <translation>Nästa uppföljningsmöte: %1.</translation>
    </message>
    <message>
        <source>Make your first self-assessment: rate your service.</source>
        <translation>Gör din första självskattning: betygsätt din service.</translation>
    </message>
    <message>
        <source>Time for this year&apos;s self-assessment: it has been due since %1.</source>
        <translation>Dags för årets självskattning: den skulle ha gjorts %1.</translation>
    </message>
    <message>
        <source>Time for this year&apos;s self-assessment: it is due today.</source>
        <translation>Dags för årets självskattning: den ska göras i dag.</translation>
    </message>
    <message>
        <source>Next self-assessment: %1.</source>
        <translation>Nästa självskattning: %1.</translation>
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
    <name>ImprovementPlansView</name>
    <message>
        <source>No improvement plans yet. When a goal falls below its minimum, make a plan: what is to be done, who does it and by when. Open plans go on the next review meeting&apos;s agenda.</source>
        <translation>Inga förbättringsplaner än. När ett mål hamnar under sin miniminivå gör du en plan: vad som ska göras, vem som gör det och när det ska vara klart. Öppna planer kommer upp på dagordningen för nästa uppföljningsmöte.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Ny plan…</translation>
    </message>
    <message>
        <source>Close plan…</source>
        <translation>Stäng planen…</translation>
    </message>
    <message>
        <source>Reopen plan</source>
        <translation>Öppna planen igen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Klar den</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Lägg till åtgärd…</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Ändra åtgärd…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Stryk</translation>
    </message>
    <message>
        <source>Remove action…</source>
        <translation>Ta bort åtgärd…</translation>
    </message>
    <message>
        <source>Set goals in the policy first: a plan is made for a goal.</source>
        <translation>Sätt upp mål i policyn först: en plan görs alltid för ett mål.</translation>
    </message>
    <message>
        <source>Improvement plan for %1</source>
        <translation>Förbättringsplan för %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Varför: %1</translation>
    </message>
    <message>
        <source>Made at the review meeting of %1.</source>
        <translation>Gjord på uppföljningsmötet %1.</translation>
    </message>
    <message>
        <source>Made on %1, outside a review meeting.</source>
        <translation>Gjord %1, utanför ett uppföljningsmöte.</translation>
    </message>
    <message>
        <source>Closed on %1. Reopen it to change its actions.</source>
        <translation>Stängd %1. Öppna den igen om du vill ändra åtgärderna.</translation>
    </message>
    <message>
        <source>1 action was not done.</source>
        <translation>1 åtgärd blev inte gjord.</translation>
    </message>
    <message>
        <source>%1 actions were not done.</source>
        <translation>%1 åtgärder blev inte gjorda.</translation>
    </message>
    <message>
        <source>This plan is closed. Reopen it to change its actions.</source>
        <translation>Planen är stängd. Öppna den igen om du vill ändra åtgärderna.</translation>
    </message>
    <message>
        <source>Choose an action in the list first.</source>
        <translation>Välj en åtgärd i listan först.</translation>
    </message>
    <message>
        <source>Add an action to this plan.</source>
        <translation>Lägg till en åtgärd i planen.</translation>
    </message>
    <message>
        <source>Remove an action typed by mistake. An action given up is better dropped.</source>
        <translation>Ta bort en åtgärd som lagts in av misstag. En åtgärd som du ger upp är bättre att stryka.</translation>
    </message>
    <message>
        <source>Give the action up; it stays in the plan, marked as dropped.</source>
        <translation>Ge upp åtgärden; den finns kvar i planen, markerad som struken.</translation>
    </message>
    <message>
        <source>Close the improvement plan for %1?</source>
        <translation>Stänga förbättringsplanen för %1?</translation>
    </message>
    <message>
        <source>1 action is still open. It stays in the plan, shown as not done.</source>
        <translation>1 åtgärd är fortfarande öppen. Den finns kvar i planen, som inte gjord.</translation>
    </message>
    <message>
        <source>%1 actions are still open. They stay in the plan, shown as not done.</source>
        <translation>%1 åtgärder är fortfarande öppna. De finns kvar i planen, som inte gjorda.</translation>
    </message>
    <message>
        <source>Close the plan?</source>
        <translation>Stänga planen?</translation>
    </message>
    <message>
        <source>Close the plan</source>
        <translation>Stäng planen</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Låt den vara öppen</translation>
    </message>
    <message>
        <source>The plan was closed.</source>
        <translation>Planen stängdes.</translation>
    </message>
    <message>
        <source>The plan is open again.</source>
        <translation>Planen är öppen igen.</translation>
    </message>
    <message>
        <source>The action is marked done.</source>
        <translation>Åtgärden är markerad som klar.</translation>
    </message>
    <message>
        <source>The action was dropped.</source>
        <translation>Åtgärden ströks.</translation>
    </message>
    <message>
        <source>Remove the action?</source>
        <translation>Ta bort åtgärden?</translation>
    </message>
    <message>
        <source>Remove “%1” from the plan? Remove only an action typed by mistake: an action given up is better dropped, so the plan shows it.</source>
        <translation>Ta bort ”%1” från planen? Ta bara bort en åtgärd som lagts in av misstag: en åtgärd som du ger upp är bättre att stryka, så att den syns i planen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behåll den</translation>
    </message>
    <message>
        <source>The action was removed.</source>
        <translation>Åtgärden togs bort.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Inget ändrades: %1</translation>
    </message>
    <message>
        <source>The plan was made.</source>
        <translation>Planen är skapad.</translation>
    </message>
    <message>
        <source>The action was saved.</source>
        <translation>Åtgärden sparades.</translation>
    </message>
</context>
<context>
    <name>InflowTable</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Räknat</translation>
    </message>
    <message>
        <source>Contacts through %1</source>
        <translation>Kontakter via %1</translation>
    </message>
    <message>
        <source>Period for %1</source>
        <translation>Period för %1</translation>
    </message>
</context>
<context>
    <name>IntervalEditor</name>
    <message>
        <source>Opens</source>
        <translation>Öppnar</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Stänger</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove this interval</source>
        <translation>Ta bort det här intervallet</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>hela dagen</translation>
    </message>
    <message>
        <source>until midnight</source>
        <translation>till midnatt</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>nästa dag</translation>
    </message>
</context>
<context>
    <name>LevelsDialog</name>
    <message>
        <source>The target cannot be higher than the minimum: for this goal lower figures are better, so the minimum is the highest figure you accept.</source>
        <translation>Målvärdet kan inte vara högre än miniminivån: för det här målet är lägre siffror bättre, så miniminivån är den högsta siffra du godtar.</translation>
    </message>
    <message>
        <source>The target cannot be lower than the minimum: for this goal higher figures are better, so the minimum is the lowest figure you accept.</source>
        <translation>Målvärdet kan inte vara lägre än miniminivån: för det här målet är högre siffror bättre, så miniminivån är den lägsta siffra du godtar.</translation>
    </message>
    <message>
        <source>This goal has no baseline period, so no baseline figure can be kept.</source>
        <translation>Det här målet har ingen mätperiod för utgångsvärdet, så inget utgångsvärde kan sparas.</translation>
    </message>
    <message>
        <source>Set levels</source>
        <translation>Ange nivåer</translation>
    </message>
    <message>
        <source>Measured baseline</source>
        <translation>Uppmätt utgångsvärde</translation>
    </message>
    <message>
        <source>Use the proposal</source>
        <translation>Använd förslaget</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Miniminivå:</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Miniminivå</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Målvärde:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Below the minimum an improvement plan is needed; the target is what you aim for. Leave a field empty to remove that level.</source>
        <translation>Under miniminivån behövs en förbättringsplan; målvärdet är det du siktar på. Lämna ett fält tomt för att ta bort den nivån.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Lower figures are better for this goal: the minimum is the highest figure you accept.</source>
        <translation>Lägre siffror är bättre för det här målet: miniminivån är den högsta siffra du godtar.</translation>
    </message>
    <message>
        <source>Higher figures are better for this goal: the minimum is the lowest figure you accept.</source>
        <translation>Högre siffror är bättre för det här målet: miniminivån är den lägsta siffra du godtar.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>No figures measured in the baseline period (%1) yet.</source>
        <translation>Inga siffror har mätts än under mätperioden för utgångsvärdet (%1).</translation>
    </message>
    <message>
        <source>The middle of the measured figures is %1.</source>
        <translation>Den mittersta av de uppmätta siffrorna är %1.</translation>
    </message>
    <message>
        <source>One figure measured in the baseline period (%1): %2.</source>
        <translation>En siffra uppmätt under mätperioden för utgångsvärdet (%1): %2.</translation>
    </message>
    <message>
        <source>%1 figures measured in the baseline period (%2); the middle one is %3.</source>
        <translation>%1 siffror uppmätta under mätperioden för utgångsvärdet (%2); den mittersta är %3.</translation>
    </message>
    <message>
        <source>The baseline period is %1 % done and ends on %2. You can set the levels now or wait for more figures.</source>
        <translation>Mätperioden för utgångsvärdet är %1 % klar och slutar den %2. Du kan sätta nivåerna nu eller vänta på fler siffror.</translation>
    </message>
    <message>
        <source>Proposed: minimum %1, target %2.</source>
        <translation>Förslag: miniminivå %1, målvärde %2.</translation>
    </message>
    <message>
        <source>The minimum is what you already reach; the target is what you reached in your better quarter of quarters, so you know it is within reach.</source>
        <translation>Miniminivån är det du redan når; målvärdet är det du nådde under den bästa fjärdedelen av dina kvartal, så du vet att det är inom räckhåll.</translation>
    </message>
    <message>
        <source>The minimum is what you already reach; the target is what you reached in your better quarter of years, so you know it is within reach.</source>
        <translation>Miniminivån är det du redan når; målvärdet är det du nådde under den bästa fjärdedelen av dina år, så du vet att det är inom räckhåll.</translation>
    </message>
    <message>
        <source>The minimum is what you already reach; the target is what you reached in your better quarter of months, so you know it is within reach.</source>
        <translation>Miniminivån är det du redan når; målvärdet är det du nådde under den bästa fjärdedelen av dina månader, så du vet att det är inom räckhåll.</translation>
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
        <source>%1 (due)</source>
        <translation>%1 (att göra)</translation>
    </message>
    <message>
        <source>Time for this year&apos;s self-assessment</source>
        <translation>Dags för årets självskattning</translation>
    </message>
    <message>
        <source>Better at: %1</source>
        <translation>Bättre på: %1</translation>
    </message>
    <message>
        <source>Raise the self-assessment score for “%1”. Measured at each yearly round as the area&apos;s mean rating (1 to 5); in between, say what you will change and check it at the review meetings.</source>
        <translation>Höj poängen i självskattningen för ”%1”. Mäts vid varje årlig omgång som områdets genomsnittliga bedömning (1 till 5); ange däremellan vad du ska ändra och stäm av det på uppföljningsmötena.</translation>
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
    <name>MeasurementDialog</name>
    <message>
        <source>The source</source>
        <translation>Källan</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Anteckningen</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Texten</translation>
    </message>
    <message>
        <source>This goal no longer exists; it may have been removed in the policy.</source>
        <translation>Det här målet finns inte längre; det kan ha tagits bort i policyn.</translation>
    </message>
    <message>
        <source>This figure no longer exists; it may have been removed already.</source>
        <translation>Den här siffran finns inte längre; den kan redan ha tagits bort.</translation>
    </message>
    <message>
        <source>The person recording the figure is no longer on the staff list.</source>
        <translation>Personen som fyller i siffran finns inte längre på personallistan.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type the figure in digits, like %2.</source>
        <translation>”%1” är inget tal. Skriv siffran med siffror, till exempel %2.</translation>
    </message>
    <message>
        <source>The figure is too big: it can be at most %1.</source>
        <translation>Siffran är för stor: den får vara högst %1.</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100.</source>
        <translation>En procentsats måste vara mellan 0 och 100.</translation>
    </message>
    <message>
        <source>A count cannot be below zero.</source>
        <translation>Ett antal kan inte vara under noll.</translation>
    </message>
    <message>
        <source>Choose the period&apos;s first and last day.</source>
        <translation>Välj periodens första och sista dag.</translation>
    </message>
    <message>
        <source>The period ends before it starts: the “To” date must not be before “From”.</source>
        <translation>Perioden slutar innan den börjar: datumet i ”Till” får inte ligga före ”Från”.</translation>
    </message>
    <message>
        <source>The period has not ended yet: its last day must be today (%1) or earlier.</source>
        <translation>Perioden är inte slut än: den sista dagen måste vara i dag (%1) eller tidigare.</translation>
    </message>
    <message>
        <source>This period already has a figure.</source>
        <translation>Den här perioden har redan en siffra.</translation>
    </message>
    <message>
        <source>The period overlaps a figure already entered for %1 to %2. Choose another period.</source>
        <translation>Perioden överlappar en siffra som redan är ifylld för %1 till %2. Välj en annan period.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 är för lång: %2 tecken, högst %3.</translation>
    </message>
    <message>
        <source>%1 holds characters that cannot be stored. Type it again.</source>
        <translation>%1 innehåller tecken som inte kan sparas. Skriv den igen.</translation>
    </message>
    <message>
        <source>This goal&apos;s figure is entered by hand; the complaint log cannot compute it.</source>
        <translation>Det här målets siffra fylls i för hand; klagomålsloggen kan inte räkna fram den.</translation>
    </message>
    <message>
        <source>The complaint log has nothing to count in this period, so nothing was stored.</source>
        <translation>Klagomålsloggen har inget att räkna under den här perioden, så inget sparades.</translation>
    </message>
    <message>
        <source>The figure could not be stored.</source>
        <translation>Siffran kunde inte sparas.</translation>
    </message>
    <message>
        <source>Enter a figure</source>
        <translation>Fyll i en siffra</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Värde:</translation>
    </message>
    <message>
        <source>e.g. the phone system&apos;s monthly report</source>
        <translation>t.ex. telefonsystemets månadsrapport</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Källa:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Replace the figure?</source>
        <translation>Ersätta siffran?</translation>
    </message>
    <message>
        <source>%1 to %2 already has a figure. Replace it with the one you typed?</source>
        <translation>%1 till %2 har redan en siffra. Vill du ersätta den med den du skrev?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>Keep the old figure</source>
        <translation>Behåll den gamla siffran</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Record a review meeting</source>
        <translation>Registrera ett uppföljningsmöte</translation>
    </message>
    <message>
        <source>Edit the meeting</source>
        <translation>Redigera mötet</translation>
    </message>
    <message>
        <source>When you save, the goals&apos; figures up to the meeting day and the improvement plans on the agenda are kept with the meeting, exactly as they are now.</source>
        <translation>När du sparar lagras målens siffror fram till mötesdagen och förbättringsplanerna på dagordningen tillsammans med mötet, precis som de ser ut nu.</translation>
    </message>
    <message>
        <source>The figures shown at this meeting stay as they were when it was recorded; only its day and texts change.</source>
        <translation>Siffrorna som visas för det här mötet förblir som de var när det registrerades; bara datum och texter ändras.</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Genomförd den:</translation>
    </message>
    <message>
        <source>Staff who attended</source>
        <translation>Personal som deltog</translation>
    </message>
    <message>
        <source>Others who attended</source>
        <translation>Andra som deltog</translation>
    </message>
    <message>
        <source>Others, separated by commas (e.g. the accountant)</source>
        <translation>Andra, åtskilda med kommatecken (t.ex. redovisningskonsulten)</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namn, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Attended:</source>
        <translation>Deltagare:</translation>
    </message>
    <message>
        <source>What was decided, and who does what</source>
        <translation>Vad som beslutades, och vem som gör vad</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>What the staff were told about the figures and their work</source>
        <translation>Vad personalen fick höra om siffrorna och sitt arbete</translation>
    </message>
    <message>
        <source>Feedback to staff:</source>
        <translation>Återkoppling till personalen:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
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
    <name>MissionStep</name>
    <message>
        <source>&lt;p&gt;Start with the business itself. Write as you would explain it to a new employee on the first day: short, concrete and in your own words. Each answer can be a sentence or two; you can come back and change everything later.&lt;/p&gt;&lt;p&gt;Every field has an example from a small bakery. Press &lt;b&gt;Use the Example&lt;/b&gt; to take it over and adapt it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Börja med själva företaget. Skriv som du skulle förklara det för en nyanställd första dagen: kort, konkret och med dina egna ord. Varje svar kan vara en mening eller två; du kan komma tillbaka och ändra allt senare.&lt;/p&gt;&lt;p&gt;Varje fält har ett exempel från ett litet bageri. Tryck på &lt;b&gt;Använd exemplet&lt;/b&gt; för att ta över det och anpassa det.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Lindgren&apos;s Bakery</source>
        <translation>t.ex. Lindgrens bageri</translation>
    </message>
    <message>
        <source>e.g. bakery and café</source>
        <translation>t.ex. bageri och kafé</translation>
    </message>
    <message>
        <source>What you do, where, and how many you are.</source>
        <translation>Vad företaget gör, var det finns och hur många som jobbar där.</translation>
    </message>
    <message>
        <source>We are a family bakery on the market square with four bakers and three people in the shop. We bake bread, buns and cakes every morning and take orders for parties.</source>
        <translation>Vi är ett familjebageri vid torget med fyra bagare och tre personer i butiken. Vi bakar bröd, bullar och tårtor varje morgon och tar emot beställningar till fester.</translation>
    </message>
    <message>
        <source>The customers you serve, and the ones you want more of.</source>
        <translation>De kunder du har, och de du vill ha fler av.</translation>
    </message>
    <message>
        <source>Neighbours who buy bread on the way to work, families who order birthday cakes, and the cafés and offices nearby that we deliver to.</source>
        <translation>Grannar som köper bröd på väg till jobbet, familjer som beställer födelsedagstårtor, och kaféer och kontor i närheten som vi levererar till.</translation>
    </message>
    <message>
        <source>What customers should say about you to a friend.</source>
        <translation>Vad kunderna ska säga om företaget till en vän.</translation>
    </message>
    <message>
        <source>As the friendly bakery where the bread is fresh, the staff remember you and a special order is always ready on time.</source>
        <translation>Som det trevliga bageriet där brödet är färskt, personalen känner igen en och specialbeställningar alltid är klara i tid.</translation>
    </message>
    <message>
        <source>What good service means in your business.</source>
        <translation>Vad bra service betyder i ditt företag.</translation>
    </message>
    <message>
        <source>Good service is a short queue, honest advice about allergens, and putting things right at once when an order was wrong.</source>
        <translation>Bra service är en kort kö, ärliga råd om allergener och att vi rättar till det direkt när en beställning blev fel.</translation>
    </message>
    <message>
        <source>What service costs you, and what it brings in (returning customers, word of mouth, fewer returns).</source>
        <translation>Vad service kostar dig, och vad den ger tillbaka (kunder som kommer igen, gott rykte, färre returer).</translation>
    </message>
    <message>
        <source>Regulars buy several times a week and bring their friends. A cake that goes wrong costs us a customer for years, so we would rather replace it at once than argue.</source>
        <translation>Stamkunderna handlar flera gånger i veckan och tar med sig sina vänner. En tårta som blir fel kan kosta oss en kund i flera år, så vi ersätter den hellre direkt än börjar diskutera.</translation>
    </message>
    <message>
        <source>How good you want to be, and compared with whom.</source>
        <translation>Hur bra du vill vara, och jämfört med vilka.</translation>
    </message>
    <message>
        <source>We want to be the bakery in town that always keeps its promises about orders, even in the Christmas rush.</source>
        <translation>Vi vill vara det bageri i stan som alltid håller vad vi lovar om beställningar, även i julruschen.</translation>
    </message>
    <message>
        <source>The attitude staff bring to every customer.</source>
        <translation>Den inställning personalen har med sig till varje kund.</translation>
    </message>
    <message>
        <source>We listen first, answer honestly, and the person who hears about a problem owns it until the customer is happy.</source>
        <translation>Vi lyssnar först, svarar ärligt, och den som får höra om ett problem tar ansvar för det tills kunden är nöjd.</translation>
    </message>
    <message>
        <source>What customer service is for here, tied to the business&apos;s goals: solving problems, and also supporting sales.</source>
        <translation>Vad kundservicen ska åstadkomma, kopplat till företagets mål: lösa problem, men också stödja försäljningen.</translation>
    </message>
    <message>
        <source>Customer service keeps our regulars coming back and turns every order question into a chance to suggest the right cake for the occasion.</source>
        <translation>Kundservicen får våra stamkunder att komma tillbaka och gör varje fråga om en beställning till en chans att föreslå rätt tårta för tillfället.</translation>
    </message>
</context>
<context>
    <name>NeedsStep</name>
    <message>
        <source>&lt;p&gt;Collect what you know about your customers before you promise anything: what the complaint log says, what surveys and conversations tell you, what staff hear, and what your own figures and your suppliers show. Then pick the &lt;b&gt;three most important problems&lt;/b&gt;; the goals in step 5 aim at them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tips for surveys and focus groups:&lt;/b&gt; ask open questions that invite a story (“What almost made you buy elsewhere last time?”, “What should we stop doing?”) rather than “Are you satisfied?”, which mostly brings praise. A short online survey gives current answers; note when it ran and how many answered.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Example: a bakery finds that a third of its complaints are about party orders not ready on time, staff are asked daily whether the bread contains nuts, and the delivery firm had to return eight times last month because nobody was in.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Samla det du vet om dina kunder innan du lovar något: vad klagomålsloggen säger, vad enkäter och samtal berättar, vad personalen hör och vad dina egna siffror och dina leverantörer visar. Välj sedan ut de &lt;b&gt;tre viktigaste problemen&lt;/b&gt;; målen i steg 5 riktar in sig på dem.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tips för enkäter och fokusgrupper:&lt;/b&gt; ställ öppna frågor som lockar fram en berättelse (”Vad fick dig nästan att handla någon annanstans förra gången?”, ”Vad borde vi sluta med?”) i stället för ”Är du nöjd?”, som mest ger beröm. En kort webbenkät ger aktuella svar; anteckna när den gjordes och hur många som svarade.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Exempel: ett bageri märker att en tredjedel av klagomålen gäller festbeställningar som inte var klara i tid, att personalen varje dag får frågan om brödet innehåller nötter, och att budfirman fick åka tillbaka åtta gånger förra månaden för att ingen var på plats.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What the complaint log says</source>
        <translation>Det här säger klagomålsloggen</translation>
    </message>
    <message>
        <source>The complaints per category, read from the log each time you open this step.</source>
        <translation>Klagomålen per kategori, hämtade från loggen varje gång du öppnar det här steget.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Iakttagelser</translation>
    </message>
    <message>
        <source>What surveys, focus groups, your own figures and your suppliers tell you, each with its source and period. The buttons below start the typical figures for you.</source>
        <translation>Det som enkäter, fokusgrupper, dina egna siffror och dina leverantörer berättar, var och en med källa och period. Knapparna nedan lägger till de vanligaste siffrorna åt dig.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Iakttagelse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Var den kommer ifrån</translation>
    </message>
    <message>
        <source>Add a Finding…</source>
        <translation>Lägg till iakttagelse…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Ask the people at the counter and on the phone: which questions and complaints come up every week?</source>
        <translation>Fråga dem som står vid disken och svarar i telefon: vilka frågor och klagomål dyker upp varje vecka?</translation>
    </message>
    <message>
        <source>Whether the bread contains nuts or milk; whether a cake can be ready tomorrow; why the sourdough loaf is sold out by noon on Saturdays.</source>
        <translation>Om brödet innehåller nötter eller mjölk; om en tårta kan vara klar i morgon; varför surdegsbrödet är slutsålt redan vid tolv på lördagar.</translation>
    </message>
    <message>
        <source>The three most important problems</source>
        <translation>De tre viktigaste problemen</translation>
    </message>
    <message>
        <source>&lt;p&gt;A problem earns a place here when it is &lt;b&gt;frequent&lt;/b&gt; (it keeps coming back), &lt;b&gt;costly&lt;/b&gt; (it costs money, time or customers) and &lt;b&gt;actionable&lt;/b&gt; (specific enough that you know what to change). “My order arrived broken” is actionable; “I was unhappy” is not: ask what made the customer unhappy and write that.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ett problem hör hemma här när det är &lt;b&gt;återkommande&lt;/b&gt; (det kommer tillbaka gång på gång), &lt;b&gt;kostsamt&lt;/b&gt; (det kostar pengar, tid eller kunder) och &lt;b&gt;åtgärdbart&lt;/b&gt; (så konkret att du vet vad du ska ändra). ”Min beställning kom fram trasig” är åtgärdbart; ”Jag var missnöjd” är det inte: fråga vad som gjorde kunden missnöjd och skriv det.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Take the Top Three from the Complaint Log</source>
        <translation>Hämta de tre största från klagomålsloggen</translation>
    </message>
    <message>
        <source>Fills the empty rows with the categories that had most complaints in the period above.</source>
        <translation>Fyller de tomma raderna med de kategorier som fick flest klagomål under perioden ovan.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returer</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>Returnerade varor</translation>
    </message>
    <message>
        <source>% of sales</source>
        <translation>% av försäljningen</translation>
    </message>
    <message>
        <source>Backorders and Stock-outs</source>
        <translation>Restorder och slut i lager</translation>
    </message>
    <message>
        <source>Backorders and stock-outs</source>
        <translation>Restorder och slut i lager</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per månad</translation>
    </message>
    <message>
        <source>Internal Reject Rate</source>
        <translation>Intern kassationsgrad</translation>
    </message>
    <message>
        <source>Internal reject rate</source>
        <translation>Intern kassationsgrad</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Carrier Redeliveries</source>
        <translation>Nya leveransförsök</translation>
    </message>
    <message>
        <source>Deliveries the carrier had to make again</source>
        <translation>Leveranser som fraktbolaget fick göra om</translation>
    </message>
    <message>
        <source>Call-centre Waiting Time</source>
        <translation>Väntetid i telefonkundtjänst</translation>
    </message>
    <message>
        <source>Typical waiting time at the call centre</source>
        <translation>Normal väntetid i telefonkundtjänsten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>Callers Who Hang Up</source>
        <translation>Uppringare som lägger på</translation>
    </message>
    <message>
        <source>Callers who hang up before reaching someone</source>
        <translation>Uppringare som lägger på innan de når någon</translation>
    </message>
    <message>
        <source>Your own figures:</source>
        <translation>Dina egna siffror:</translation>
    </message>
    <message>
        <source>From suppliers:</source>
        <translation>Från leverantörer:</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Visa…</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ingen rubrik)</translation>
    </message>
    <message>
        <source>Delete the Finding</source>
        <translation>Ta bort iakttagelsen</translation>
    </message>
    <message>
        <source>Delete the finding “%1”? This cannot be undone.</source>
        <translation>Ta bort iakttagelsen ”%1”? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Behåll den</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>Inte borttagen</translation>
    </message>
    <message>
        <source>Nothing to Take</source>
        <translation>Inget att hämta</translation>
    </message>
    <message>
        <source>The complaint log has no complaints with a category in this period. Choose a longer period, or write the problems yourself.</source>
        <translation>Klagomålsloggen har inga klagomål med kategori under den här perioden. Välj en längre period, eller skriv problemen själv.</translation>
    </message>
    <message>
        <source>The top categories of the log are in the rows already, or every row is written. Clear a row to take a category into it.</source>
        <translation>Loggens största kategorier finns redan på raderna, eller så är alla rader ifyllda. Töm en rad för att hämta en kategori till den.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>till %1</translation>
    </message>
    <message>
        <source>Recorded on %1</source>
        <translation>Registrerad %1</translation>
    </message>
</context>
<context>
    <name>OfficeHoursPage</name>
    <message>
        <source>Closed all day</source>
        <translation>Stängt hela dagen</translation>
    </message>
    <message>
        <source>Closed part of the day</source>
        <translation>Delvis stängt</translation>
    </message>
    <message>
        <source>Extra opening</source>
        <translation>Extra öppet</translation>
    </message>
    <message>
        <source>“%1” is not a time of day. Write hours and minutes, like 09:30.</source>
        <translation>”%1” är inget klockslag. Skriv timmar och minuter, t.ex. 09:30.</translation>
    </message>
    <message>
        <source>It starts and ends at the same time (%1). Choose a later end (00:00 to 00:00 means the whole day).</source>
        <translation>Det börjar och slutar vid samma tid (%1). Välj en senare sluttid (00:00 till 00:00 betyder hela dagen).</translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Choose one from the list, such as Europe/Stockholm.</source>
        <translation>”%1” är ingen tidszon. Välj en i listan, t.ex. Europe/Stockholm.</translation>
    </message>
    <message>
        <source>PolicyDesk knows no public holidays for “%1”. Choose a country from the list.</source>
        <translation>PolicyDesk känner inte till några helgdagar för ”%1”. Välj ett land i listan.</translation>
    </message>
    <message>
        <source>“%1” is not a region of that country. Choose one from the list.</source>
        <translation>”%1” är ingen region i det landet. Välj en i listan.</translation>
    </message>
    <message>
        <source>This date already has an own entry (%1). Change or delete that one instead.</source>
        <translation>Det här datumet har redan en egen post (%1). Ändra eller ta bort den i stället.</translation>
    </message>
    <message>
        <source>Give the times: from when until when.</source>
        <translation>Ange tiderna: från när till när.</translation>
    </message>
    <message>
        <source>Choose a date between 1970 and 2199.</source>
        <translation>Välj ett datum mellan 1970 och 2199.</translation>
    </message>
    <message>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Anteckningen är för lång: högst %1 tecken.</translation>
    </message>
    <message>
        <source>The note contains invisible control characters. Remove them.</source>
        <translation>Anteckningen innehåller osynliga styrtecken. Ta bort dem.</translation>
    </message>
    <message>
        <source>Choose what happens on the date.</source>
        <translation>Välj vad som gäller det datumet.</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>Välj en veckodag.</translation>
    </message>
    <message>
        <source>This entry is no longer there; perhaps it was deleted meanwhile.</source>
        <translation>Posten finns inte längre; kanske har den tagits bort under tiden.</translation>
    </message>
    <message>
        <source>%1 overlaps %2, which is already set for this date. Change the times.</source>
        <translation>%1 överlappar %2, som redan finns för det här datumet. Ändra tiderna.</translation>
    </message>
    <message>
        <source>%1 overlaps %2. Change the times so they do not overlap.</source>
        <translation>%1 överlappar %2. Ändra tiderna så att de inte överlappar.</translation>
    </message>
    <message>
        <source>%1 overlaps %2 on %3 (it runs past midnight). Change one of them so they do not overlap.</source>
        <translation>%1 överlappar %2 på %3 (det går över midnatt). Ändra en av tiderna så att de inte överlappar.</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>When you are open decides how the service clock counts: time outside these hours, on holidays and on your own closed days is not counted.</source>
        <translation>Dina öppettider avgör hur svarstiden räknas: tid utanför öppettiderna, helgdagar och dina egna stängda dagar räknas inte.</translation>
    </message>
    <message>
        <source>Time zone and holidays</source>
        <translation>Tidszon och helgdagar</translation>
    </message>
    <message>
        <source>Also closed on Midsummer Eve, Christmas Eve and New Year&apos;s Eve</source>
        <translation>Stängt även på midsommarafton, julafton och nyårsafton</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tidszon:</translation>
    </message>
    <message>
        <source>Public &amp;holidays of:</source>
        <translation>&amp;Helgdagar i:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Opening hours each week</source>
        <translation>Öppettider varje vecka</translation>
    </message>
    <message>
        <source>A day can have several intervals, such as 09:00–12:00 and 13:00–18:00. An interval that closes at or before its opening time ends the next day, as in 18:00–02:00. A day without intervals is closed. Each day is saved when you leave it.</source>
        <translation>En dag kan ha flera intervall, t.ex. 09:00–12:00 och 13:00–18:00. Ett intervall som stänger vid eller före öppningstiden slutar nästa dag, som 18:00–02:00. En dag utan intervall är stängd. Varje dag sparas när du lämnar den.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Your own dates</source>
        <translation>Dina egna datum</translation>
    </message>
    <message>
        <source>Days you close, close early or open although you are normally closed: stocktaking, a wedding, Christmas shopping on a Sunday.</source>
        <translation>Dagar då du har stängt, stänger tidigt eller har öppet fast du brukar ha stängt: inventering, ett bröllop, julhandel på en söndag.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tider</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>Årsöversikt</translation>
    </message>
    <message>
        <source>None (no public holidays)</source>
        <translation>Inget land (inga helgdagar)</translation>
    </message>
    <message>
        <source>Only for Sweden, where many businesses close on these days.</source>
        <translation>Bara för Sverige, där många företag har stängt de här dagarna.</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>Hela landet</translation>
    </message>
    <message>
        <source>Delete the Date</source>
        <translation>Ta bort datumet</translation>
    </message>
    <message>
        <source>Delete “%1” on %2?</source>
        <translation>Ta bort ”%1” den %2?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Inte borttaget</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>%1: %2 against a minimum of %3.</source>
        <translation>%1: %2, mot miniminivån %3.</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen än</translation>
    </message>
    <message>
        <source>%1 (no longer on the staff)</source>
        <translation>%1 (inte längre med i personalen)</translation>
    </message>
    <message>
        <source>Make an improvement plan</source>
        <translation>Gör en förbättringsplan</translation>
    </message>
    <message>
        <source>Made at the review meeting of %1.</source>
        <translation>Gjord på uppföljningsmötet den %1.</translation>
    </message>
    <message>
        <source>%1 (has an open plan)</source>
        <translation>%1 (har en öppen plan)</translation>
    </message>
    <message>
        <source>%1 (below its minimum)</source>
        <translation>%1 (under miniminivån)</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>Why the plan is made: the figure, and what is behind it</source>
        <translation>Varför planen görs: siffran och vad som ligger bakom den</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Varför:</translation>
    </message>
    <message>
        <source>Actions: what is to be done, who does it, by when</source>
        <translation>Åtgärder: vad som ska göras, vem som gör det och till när</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Lägg till en åtgärd</translation>
    </message>
    <message>
        <source>Make the plan</source>
        <translation>Gör planen</translation>
    </message>
    <message>
        <source>Choose the goal the plan is for.</source>
        <translation>Välj vilket mål planen gäller.</translation>
    </message>
</context>
<context>
    <name>PolicyHtml</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Customer service policy</source>
        <translation>Kundservicepolicy</translation>
    </message>
    <message>
        <source>Working notes: not part of the printed policy.</source>
        <translation>Arbetsanteckningar: ingår inte i den utskrivna policyn.</translation>
    </message>
    <message>
        <source>Nothing is written here yet.</source>
        <translation>Här är inget skrivet än.</translation>
    </message>
    <message>
        <source>(left out of the printed policy)</source>
        <translation>(tas inte med i den utskrivna policyn)</translation>
    </message>
    <message>
        <source>(working notes, not printed)</source>
        <translation>(arbetsanteckningar, skrivs inte ut)</translation>
    </message>
    <message>
        <source>The three most important problems</source>
        <translation>De tre viktigaste problemen</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Contacts today, per channel</source>
        <translation>Kontakter i dag, per kanal</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Tone of voice</source>
        <translation>Tonläge</translation>
    </message>
    <message>
        <source>recorded on %1</source>
        <translation>noterad %1</translation>
    </message>
    <message>
        <source>Passes the rule: frequent, costly and actionable.</source>
        <translation>Uppfyller regeln: vanligt, kostsamt och åtgärdbart.</translation>
    </message>
    <message>
        <source>frequent</source>
        <translation>vanligt</translation>
    </message>
    <message>
        <source>costly</source>
        <translation>kostsamt</translation>
    </message>
    <message>
        <source>actionable</source>
        <translation>åtgärdbart</translation>
    </message>
    <message>
        <source>Does not pass the rule yet; not marked as %1.</source>
        <translation>Uppfyller inte regeln än; inte markerat som %1.</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>målvärde %1</translation>
    </message>
    <message>
        <source>minimum level %1</source>
        <translation>miniminivå %1</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>utgångsvärde %1</translation>
    </message>
    <message>
        <source>measure first for %1 months</source>
        <translation>mät först i %1 månader</translation>
    </message>
    <message>
        <source>within %1 seconds</source>
        <translation>inom %1 sekunder</translation>
    </message>
    <message>
        <source>abandoned calls: %1</source>
        <translation>avbrutna samtal: %1</translation>
    </message>
    <message>
        <source>(within %1 seconds)</source>
        <translation>(inom %1 sekunder)</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>ägare: %1</translation>
    </message>
    <message>
        <source>review: %1</source>
        <translation>genomgång: %1</translation>
    </message>
    <message>
        <source>for top problem %1</source>
        <translation>för största problem nr %1</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Your customer service policy</source>
        <translation>Din kundservicepolicy</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nine short steps take you from your business and mission, through what your customers need, a vision and measurable promises, to the policy areas, staff guidelines and rollout. The last step shows the whole policy for approval.&lt;/p&gt;&lt;p&gt;Take a few evenings. Everything is saved as you type, you can go to any step at any time, and PolicyDesk reopens where you left off. Every step has guidance and an example from a small business that you can take over.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nio korta steg tar dig från ditt företag och dess uppdrag, via vad dina kunder behöver, en vision och mätbara löften, till policyområden, riktlinjer för personalen och införande. Det sista steget visar hela policyn för godkännande.&lt;/p&gt;&lt;p&gt;Ta några kvällar på dig. Allt sparas medan du skriver, du kan gå till vilket steg som helst när som helst, och PolicyDesk öppnas där du slutade. Varje steg har vägledning och ett exempel från ett litet företag som du kan ta över.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start Writing the Policy</source>
        <translation>Börja skriva policyn</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Tillbaka</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Nästa &gt;</translation>
    </message>
    <message>
        <source>Draft of version %1. Everything you type is saved.</source>
        <translation>Utkast till version %1. Allt du skriver sparas.</translation>
    </message>
    <message>
        <source>Draft of version %1, based on version %2. Everything you type is saved.</source>
        <translation>Utkast till version %1, baserat på version %2. Allt du skriver sparas.</translation>
    </message>
    <message>
        <source>Version %1 was approved on %2 by %3 and can no longer change.</source>
        <translation>Version %1 godkändes %2 av %3 och kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Start Version %1</source>
        <translation>Börja på version %1</translation>
    </message>
    <message>
        <source>Customer service policy</source>
        <translation>Kundservicepolicy</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Not saved: see the note under the field.</source>
        <translation>Inte sparat: se meddelandet under fältet.</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Alla ändringar är sparade.</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Inte sparat än: %1</translation>
    </message>
    <message>
        <source>Start Version %1?</source>
        <translation>Börja på version %1?</translation>
    </message>
    <message>
        <source>The policy in force is approved and cannot change. A new goal goes into version %1, a draft copied from it. Start version %1 now?</source>
        <translation>Den gällande policyn är godkänd och kan inte ändras. Ett nytt mål hamnar i version %1, ett utkast som kopieras från den. Vill du börja på version %1 nu?</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Inte nu</translation>
    </message>
</context>
<context>
    <name>PolicyTexts</name>
    <message>
        <source>Business and mission</source>
        <translation>Företag och uppdrag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Customer needs</source>
        <translation>Kundernas behov</translation>
    </message>
    <message>
        <source>Vision statement</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Goals and promises</source>
        <translation>Mål och löften</translation>
    </message>
    <message>
        <source>Policy areas</source>
        <translation>Policyområden</translation>
    </message>
    <message>
        <source>Staff guidelines</source>
        <translation>Riktlinjer för personalen</translation>
    </message>
    <message>
        <source>Rollout and follow-up</source>
        <translation>Införande och uppföljning</translation>
    </message>
    <message>
        <source>Review and approve</source>
        <translation>Granska och godkänn</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Överhoppad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Replaced by a later version</source>
        <translation>Ersatt av en senare version</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Produkter och tjänster</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Snabbhet</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klagomål</translation>
    </message>
    <message>
        <source>Keeping customers</source>
        <translation>Behålla kunder</translation>
    </message>
    <message>
        <source>Staff feedback and recognition</source>
        <translation>Återkoppling och uppskattning till personalen</translation>
    </message>
    <message>
        <source>Yes, they can</source>
        <translation>Ja, det klarar de</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>No, we must invest</source>
        <translation>Nej, vi måste investera</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>Ägaren</translation>
    </message>
    <message>
        <source>The management team</source>
        <translation>Ledningsgruppen</translation>
    </message>
    <message>
        <source>The board</source>
        <translation>Styrelsen</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>De senaste 3 månaderna</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>De senaste 6 månaderna</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>De senaste 12 månaderna</translation>
    </message>
    <message>
        <source>Everything logged</source>
        <translation>Allt i loggen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Varje månad</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Varje kvartal</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Varje år</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per dag</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per vecka</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Högre är bättre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lägre är bättre</translation>
    </message>
    <message>
        <source>Count as not answered in time</source>
        <translation>Räkna som inte besvarade i tid</translation>
    </message>
    <message>
        <source>Leave out of the figure</source>
        <translation>Räkna bort från siffran</translation>
    </message>
    <message>
        <source>Leave out only those who hang up quickly</source>
        <translation>Räkna bara bort dem som lägger på snabbt</translation>
    </message>
    <message>
        <source>Complaint log</source>
        <translation>Klagomålslogg</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Fokusgrupp</translation>
    </message>
    <message>
        <source>What staff hear</source>
        <translation>Det personalen hör</translation>
    </message>
    <message>
        <source>Operational figure</source>
        <translation>Nyckeltal från verksamheten</translation>
    </message>
    <message>
        <source>Supplier or service provider</source>
        <translation>Leverantör eller anlitat företag</translation>
    </message>
    <message>
        <source>Answer calls within a time</source>
        <translation>Svara i telefon inom en viss tid</translation>
    </message>
    <message>
        <source>Reply to e-mail within business hours</source>
        <translation>Svara på e-post inom ett antal öppettimmar</translation>
    </message>
    <message>
        <source>Resolve complaints within business days</source>
        <translation>Lös klagomål inom ett antal arbetsdagar</translation>
    </message>
    <message>
        <source>Available during office hours</source>
        <translation>Tillgänglig under kontorstid</translation>
    </message>
    <message>
        <source>Return rate at most</source>
        <translation>Andel returer högst</translation>
    </message>
    <message>
        <source>Complainants satisfied with the handling</source>
        <translation>Klagande som är nöjda med hanteringen</translation>
    </message>
    <message>
        <source>Complainants who buy again</source>
        <translation>Klagande som handlar igen</translation>
    </message>
    <message>
        <source>Your own goal</source>
        <translation>Eget mål</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Företagets namn</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Who we are</source>
        <translation>Vilka vi är</translation>
    </message>
    <message>
        <source>Who we are there for</source>
        <translation>Vilka vi finns till för</translation>
    </message>
    <message>
        <source>How we want to be perceived</source>
        <translation>Hur vi vill uppfattas</translation>
    </message>
    <message>
        <source>Our view of service</source>
        <translation>Vår syn på service</translation>
    </message>
    <message>
        <source>The economic perspective</source>
        <translation>Det ekonomiska perspektivet</translation>
    </message>
    <message>
        <source>Our level of ambition</source>
        <translation>Vår ambitionsnivå</translation>
    </message>
    <message>
        <source>Our basic approach</source>
        <translation>Vårt grundläggande förhållningssätt</translation>
    </message>
    <message>
        <source>The strategic mission of customer service</source>
        <translation>Kundservicens strategiska uppdrag</translation>
    </message>
    <message>
        <source>The desired state</source>
        <translation>Önskat läge</translation>
    </message>
    <message>
        <source>People handling customer contacts</source>
        <translation>Personer som hanterar kundkontakter</translation>
    </message>
    <message>
        <source>Business hours per working day</source>
        <translation>Öppettimmar per arbetsdag</translation>
    </message>
    <message>
        <source>Contacts one person handles per day</source>
        <translation>Kontakter som en person hanterar per dag</translation>
    </message>
    <message>
        <source>Contacts waiting right now</source>
        <translation>Kontakter som väntar just nu</translation>
    </message>
    <message>
        <source>Working days per week</source>
        <translation>Arbetsdagar per vecka</translation>
    </message>
    <message>
        <source>Tools in use</source>
        <translation>Verktyg som används</translation>
    </message>
    <message>
        <source>Can the tools meet the goals?</source>
        <translation>Klarar verktygen målen?</translation>
    </message>
    <message>
        <source>Investments needed</source>
        <translation>Investeringar som behövs</translation>
    </message>
    <message>
        <source>Complaint log period</source>
        <translation>Period i klagomålsloggen</translation>
    </message>
    <message>
        <source>What staff hear most</source>
        <translation>Det personalen hör mest</translation>
    </message>
    <message>
        <source>Success in 3–5 years</source>
        <translation>Framgång om 3–5 år</translation>
    </message>
    <message>
        <source>Five reasons for the success</source>
        <translation>Fem skäl till framgången</translation>
    </message>
    <message>
        <source>The same reasons, as customers say them</source>
        <translation>Samma skäl, som kunderna säger dem</translation>
    </message>
    <message>
        <source>The steps that got us there</source>
        <translation>Stegen som tog oss dit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Our vision</source>
        <translation>Vår vision</translation>
    </message>
    <message>
        <source>Handling a complaint</source>
        <translation>Att hantera ett klagomål</translation>
    </message>
    <message>
        <source>What staff may decide alone</source>
        <translation>Det personalen får bestämma själv</translation>
    </message>
    <message>
        <source>Compensation staff may give without asking</source>
        <translation>Ersättning personalen får ge utan att fråga</translation>
    </message>
    <message>
        <source>Escalation route</source>
        <translation>Eskaleringsväg</translation>
    </message>
    <message>
        <source>What we ask of customers</source>
        <translation>Det vi ber kunderna om</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Mandatory meeting</source>
        <translation>Obligatoriskt möte</translation>
    </message>
    <message>
        <source>Who decides</source>
        <translation>Vem som beslutar</translation>
    </message>
    <message>
        <source>How the decision is taken</source>
        <translation>Hur beslutet fattas</translation>
    </message>
    <message>
        <source>Follow-up routine</source>
        <translation>Uppföljningsrutin</translation>
    </message>
    <message>
        <source>Responsible for follow-up</source>
        <translation>Ansvarig för uppföljning</translation>
    </message>
    <message>
        <source>How results reach staff and management</source>
        <translation>Hur resultaten når personal och ledning</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkänd av</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>Datum för godkännande</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>Iakttagelse %1: %2</translation>
    </message>
    <message>
        <source>Top problem %1: %2</source>
        <translation>Största problem %1: %2</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Mål %1: %2</translation>
    </message>
    <message>
        <source>inflow</source>
        <translation>inflöde</translation>
    </message>
    <message>
        <source>inflow period</source>
        <translation>period för inflödet</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>strategi</translation>
    </message>
    <message>
        <source>tone of voice</source>
        <translation>tonläge</translation>
    </message>
    <message>
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <source>title</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detaljer</translation>
    </message>
    <message>
        <source>value</source>
        <translation>värde</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>period from</source>
        <translation>period från</translation>
    </message>
    <message>
        <source>period to</source>
        <translation>period till</translation>
    </message>
    <message>
        <source>where it comes from</source>
        <translation>var den kommer ifrån</translation>
    </message>
    <message>
        <source>recorded on</source>
        <translation>registrerad den</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>frequent</source>
        <translation>återkommande</translation>
    </message>
    <message>
        <source>costly</source>
        <translation>kostsamt</translation>
    </message>
    <message>
        <source>actionable</source>
        <translation>åtgärdbart</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definition</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>riktning</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>within seconds</source>
        <translation>inom sekunder</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>utgångsvärde</translation>
    </message>
    <message>
        <source>baseline from</source>
        <translation>utgångsvärde, mätt från</translation>
    </message>
    <message>
        <source>baseline to</source>
        <translation>utgångsvärde, mätt till</translation>
    </message>
    <message>
        <source>measure first for months</source>
        <translation>mät först, antal månader</translation>
    </message>
    <message>
        <source>minimum level</source>
        <translation>miniminivå</translation>
    </message>
    <message>
        <source>target</source>
        <translation>målvärde</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ägare</translation>
    </message>
    <message>
        <source>review</source>
        <translation>uppföljningsintervall</translation>
    </message>
    <message>
        <source>abandoned calls</source>
        <translation>tappade samtal</translation>
    </message>
    <message>
        <source>short hang-up within seconds</source>
        <translation>gräns för snabb påläggning (sekunder)</translation>
    </message>
    <message>
        <source>top problem</source>
        <translation>största problem</translation>
    </message>
    <message>
        <source>This answer cannot be stored here.</source>
        <translation>Det här svaret kan inte sparas här.</translation>
    </message>
    <message>
        <source>This is %1 characters long; shorten it to %2 at most.</source>
        <translation>Texten är %1 tecken lång; korta den till högst %2.</translation>
    </message>
    <message>
        <source>This text holds invisible control characters (often from a copy and paste); type it again or paste it as plain text.</source>
        <translation>Texten innehåller osynliga styrtecken (ofta efter kopiera och klistra in); skriv den igen eller klistra in den som ren text.</translation>
    </message>
    <message>
        <source>Write a number here.</source>
        <translation>Skriv ett tal här.</translation>
    </message>
    <message>
        <source>Write a whole number here.</source>
        <translation>Skriv ett heltal här.</translation>
    </message>
    <message>
        <source>The smallest allowed is %1.</source>
        <translation>Minsta tillåtna värde är %1.</translation>
    </message>
    <message>
        <source>The largest allowed is %1.</source>
        <translation>Största tillåtna värde är %1.</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>Välj ett datum.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Välj ett av alternativen.</translation>
    </message>
    <message>
        <source>This version is approved and can no longer change. Start a new version to edit it.</source>
        <translation>Den här versionen är godkänd och kan inte längre ändras. Börja på en ny version för att redigera den.</translation>
    </message>
    <message>
        <source>This was removed meanwhile (perhaps in another window).</source>
        <translation>Det här har tagits bort under tiden (kanske i ett annat fönster).</translation>
    </message>
    <message>
        <source>Give the goal a short title that says what you promise.</source>
        <translation>Ge målet en kort rubrik som säger vad du lovar.</translation>
    </message>
    <message>
        <source>A percentage lies between 0 and 100.</source>
        <translation>En procentsats ligger mellan 0 och 100.</translation>
    </message>
    <message>
        <source>The minimum level is the worst you accept, so it cannot be better than the target.</source>
        <translation>Miniminivån är det sämsta du godtar, så den kan inte vara bättre än målvärdet.</translation>
    </message>
    <message>
        <source>Say which period the baseline was measured in.</source>
        <translation>Ange under vilken period utgångsvärdet mättes.</translation>
    </message>
    <message>
        <source>You have a baseline already; clear “measure first” or clear the baseline.</source>
        <translation>Du har redan ett utgångsvärde; ta bort ”mät först” eller ta bort utgångsvärdet.</translation>
    </message>
    <message>
        <source>Say within how many seconds calls are to be answered.</source>
        <translation>Ange inom hur många sekunder samtal ska besvaras.</translation>
    </message>
    <message>
        <source>Say how quick a hang-up is to be left out (in seconds).</source>
        <translation>Ange hur snabbt någon ska ha lagt på för att räknas bort (i sekunder).</translation>
    </message>
    <message>
        <source>Choose one of the three top problems.</source>
        <translation>Välj ett av de tre största problemen.</translation>
    </message>
    <message>
        <source>The end of the period comes before its start.</source>
        <translation>Periodens slut ligger före dess början.</translation>
    </message>
    <message>
        <source>Write the vision (step 4, Vision statement).</source>
        <translation>Skriv visionen (steg 4, Vision).</translation>
    </message>
    <message>
        <source>Add at least one goal with a target, or with a plan to measure a baseline first (step 5, Goals and promises).</source>
        <translation>Lägg till minst ett mål med ett målvärde, eller med en plan för att först mäta ett utgångsvärde (steg 5, Mål och löften).</translation>
    </message>
    <message>
        <source>Write how staff handle a complaint (step 7, Staff guidelines).</source>
        <translation>Skriv hur personalen hanterar ett klagomål (steg 7, Riktlinjer för personalen).</translation>
    </message>
    <message>
        <source>Name the person responsible for follow-up (step 8, Rollout and follow-up).</source>
        <translation>Ange vem som är ansvarig för uppföljningen (steg 8, Införande och uppföljning).</translation>
    </message>
    <message>
        <source>Write the names of those who approve the policy.</source>
        <translation>Skriv namnen på dem som godkänner policyn.</translation>
    </message>
    <message>
        <source>Choose the day the policy is approved.</source>
        <translation>Välj dagen då policyn godkänns.</translation>
    </message>
    <message>
        <source>The approval date lies in the future; approve on the day itself.</source>
        <translation>Datumet för godkännande ligger i framtiden; godkänn på själva dagen.</translation>
    </message>
    <message>
        <source>Only a draft can be approved; this version is approved already.</source>
        <translation>Bara ett utkast kan godkännas; den här versionen är redan godkänd.</translation>
    </message>
    <message>
        <source>Top problem %1 (“%2”) has no goal yet.</source>
        <translation>Största problem %1 (”%2”) har inget mål än.</translation>
    </message>
    <message>
        <source>Top problem %1 (“%2”) is not marked frequent, costly and actionable; is it the right one?</source>
        <translation>Största problem %1 (”%2”) är inte markerat som återkommande, kostsamt och åtgärdbart; är det rätt problem?</translation>
    </message>
    <message>
        <source>The three most important problems are not written yet (step 3).</source>
        <translation>De tre viktigaste problemen är inte skrivna än (steg 3).</translation>
    </message>
    <message>
        <source>The goal “%1” has a target but no baseline; targets hold best after a few months of measuring.</source>
        <translation>Målet ”%1” har ett målvärde men inget utgångsvärde; målvärden håller bäst efter några månaders mätning.</translation>
    </message>
    <message>
        <source>The vision has %1 words; a vision people remember has about %2 at most.</source>
        <translation>Visionen har %1 ord; en vision som folk kommer ihåg har högst ungefär %2.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Customer service policy</source>
        <translation>Kundservicepolicy</translation>
    </message>
    <message>
        <source>Customer charter</source>
        <translation>Servicelöfte</translation>
    </message>
    <message>
        <source>Service-level agreement (SLA)</source>
        <translation>Servicenivåavtal (SLA)</translation>
    </message>
    <message>
        <source>Self-assessment report</source>
        <translation>Självskattningsrapport</translation>
    </message>
    <message>
        <source>Complaint report</source>
        <translation>Klagomålsrapport</translation>
    </message>
    <message>
        <source>Review meeting pack</source>
        <translation>Mötesunderlag</translation>
    </message>
    <message>
        <source>For the team: vision and mission, your promises with minimum and target, policy areas, staff guidelines, follow-up and signatures. Usually two pages.</source>
        <translation>För teamet: vision och uppdrag, dina löften med miniminivå och målvärde, policyområden, riktlinjer för personalen, uppföljning och underskrifter. Oftast två sidor.</translation>
    </message>
    <message>
        <source>One page for the wall or the counter: your promise, how and when to reach you, response times, and how to make a complaint.</source>
        <translation>En sida för väggen eller disken: ditt löfte, hur och när kunderna når dig, svarstider och hur man lämnar ett klagomål.</translation>
    </message>
    <message>
        <source>At most two pages, signed by both sides: the measured service, targets with baseline, minimum and target, the clock rules and review meetings.</source>
        <translation>Högst två sidor som båda parter skriver under: den service som mäts, mål med utgångsvärde, miniminivå och målvärde, reglerna för hur tiden räknas och uppföljningsmöten.</translation>
    </message>
    <message>
        <source>A round&apos;s quotient and band, the area scores with charts, the weakest areas and how the answers spread.</source>
        <translation>En omgångs kvot och nivå, poängen per område med diagram, de svagaste områdena och hur svaren fördelar sig.</translation>
    </message>
    <message>
        <source>A period&apos;s complaints: counts per category and month, the top three problems, service-time compliance and the full list.</source>
        <translation>Klagomålen under en period: antal per kategori och månad, de tre största problemen, hur väl servicemålen hålls och hela listan.</translation>
    </message>
    <message>
        <source>For a review meeting: every goal&apos;s figures and trend, the improvement plans and their actions, decisions and feedback to staff, or the next meeting&apos;s agenda.</source>
        <translation>Till ett uppföljningsmöte: varje måls siffror och trend, förbättringsplanerna och deras åtgärder, beslut och återkoppling till personalen, eller dagordningen för nästa möte.</translation>
    </message>
    <message>
        <source>There is no policy to print yet. Write it on the Policy page first: the policy, the customer charter and the SLA are all printed from its answers.</source>
        <translation>Det finns ingen policy att skriva ut än. Skriv den först på sidan Policy: policyn, servicelöftet och servicenivåavtalet skrivs alla ut utifrån svaren där.</translation>
    </message>
    <message>
        <source>Version %1 of the policy is not there any more; perhaps it was deleted meanwhile. Choose another version.</source>
        <translation>Version %1 av policyn finns inte längre; kanske har den tagits bort under tiden. Välj en annan version.</translation>
    </message>
    <message>
        <source>There is no self-assessment round yet. Start one on the Self-assessment page; its report can then be printed here.</source>
        <translation>Det finns ingen självskattningsomgång än. Starta en på sidan Självskattning; sedan kan du skriva ut rapporten här.</translation>
    </message>
    <message>
        <source>The round “%1” is not there any more; perhaps it was deleted meanwhile. Choose another round.</source>
        <translation>Omgången ”%1” finns inte längre; kanske har den tagits bort under tiden. Välj en annan omgång.</translation>
    </message>
    <message>
        <source>That review meeting is not there any more; perhaps it was deleted meanwhile. Choose another meeting.</source>
        <translation>Det uppföljningsmötet finns inte längre; kanske har det tagits bort under tiden. Välj ett annat möte.</translation>
    </message>
    <message>
        <source>The period ends before it begins. Choose a “To” day on or after the “From” day.</source>
        <translation>Perioden slutar innan den börjar. Välj ett ”Till”-datum som är samma dag som ”Från”-datumet eller senare.</translation>
    </message>
    <message>
        <source>Building the document was cancelled.</source>
        <translation>Skapandet av dokumentet avbröts.</translation>
    </message>
    <message>
        <source>This version is not approved yet: it prints with a DRAFT mark. Approve it on the Policy page, or choose an approved version to print.</source>
        <translation>Den här versionen är inte godkänd än: den skrivs ut med texten UTKAST. Godkänn den på sidan Policy, eller välj en godkänd version att skriva ut.</translation>
    </message>
    <message>
        <source>The SLA runs over two pages; it is meant to fit on two. Fewer goals or shorter texts in the policy wizard make it fit.</source>
        <translation>Servicenivåavtalet blir längre än två sidor, men det ska få plats på två. Färre mål eller kortare texter i stegen på sidan Policy gör att det får plats.</translation>
    </message>
    <message>
        <source>The policy runs over two pages; a typical policy fits on two. Shorter answers in the policy wizard make it fit.</source>
        <translation>Policyn blir längre än två sidor; en vanlig policy får plats på två. Kortare svar i stegen på sidan Policy gör att den får plats.</translation>
    </message>
    <message>
        <source>Print &amp; export</source>
        <translation>Utskrift och export</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Omgång:</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Möte:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Från:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>Only the complaints the log shows</source>
        <translation>Bara klagomålen som loggen visar</translation>
    </message>
    <message>
        <source>The log&apos;s search and filters as they were when you chose Report… on the Complaints page</source>
        <translation>Loggens sökning och filter som de var när du valde Rapport… på sidan Klagomål</translation>
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
        <translation>Pappersformatet som alla dokument läggs upp för</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papper:</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Förbereder dokumentet…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Spara som PDF…</translation>
    </message>
    <message>
        <source>Open in PDF &amp;Viewer</source>
        <translation>Öppna i PDF-&amp;visare</translation>
    </message>
    <message>
        <source>Open the document in the computer&apos;s PDF viewer, to print or send it from there</source>
        <translation>Öppna dokumentet i datorns PDF-visare för att skriva ut eller skicka det därifrån</translation>
    </message>
    <message>
        <source>Version %1 — draft</source>
        <translation>Version %1 — utkast</translation>
    </message>
    <message>
        <source>Version %1 — approved %2</source>
        <translation>Version %1 — godkänd %2</translation>
    </message>
    <message>
        <source>Version %1 — replaced</source>
        <translation>Version %1 — ersatt</translation>
    </message>
    <message>
        <source>No policy yet</source>
        <translation>Ingen policy än</translation>
    </message>
    <message>
        <source>%1 — still open</source>
        <translation>%1 — fortfarande öppen</translation>
    </message>
    <message>
        <source>No round yet</source>
        <translation>Ingen omgång än</translation>
    </message>
    <message>
        <source>Next meeting (agenda)</source>
        <translation>Nästa möte (dagordning)</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Mötet den %1</translation>
    </message>
    <message>
        <source>%1 — %2 pages</source>
        <translation>%1 — %2 sidor</translation>
    </message>
    <message>
        <source>%1 — 1 page</source>
        <translation>%1 — 1 sida</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Sparad som %1</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Ingen PDF-visare</translation>
    </message>
    <message>
        <source>This computer has no program set to open PDF files. Save the document as a PDF and open it yourself, or install a PDF viewer.</source>
        <translation>Datorn har inget program som är inställt för att öppna PDF-filer. Spara dokumentet som PDF och öppna det själv, eller installera en PDF-visare.</translation>
    </message>
    <message>
        <source>Opened in the PDF viewer</source>
        <translation>Öppnat i PDF-visaren</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Skriv ut %1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>Det gick inte att skriva ut</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and connected, or save the document as a PDF and print that.</source>
        <translation>Skrivaren kunde inte startas. Kontrollera att den är påslagen och ansluten, eller spara dokumentet som PDF och skriv ut det i stället.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Utskriften avbröts.</translation>
    </message>
    <message>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>%1 sida/sidor skickades till skrivaren.</translation>
    </message>
</context>
<context>
    <name>ProblemRow</name>
    <message>
        <source>The problem, as a customer would describe it</source>
        <translation>Problemet, som en kund skulle beskriva det</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>Problem %1</translation>
    </message>
    <message>
        <source>The complaint category it relates to</source>
        <translation>Klagomålskategorin det hör till</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Ingen kategori</translation>
    </message>
    <message>
        <source>How often it happens, what it costs, and what you know about the cause</source>
        <translation>Hur ofta det händer, vad det kostar och vad du vet om orsaken</translation>
    </message>
    <message>
        <source>Frequent</source>
        <translation>Återkommande</translation>
    </message>
    <message>
        <source>It keeps coming back, week after week.</source>
        <translation>Det kommer tillbaka, vecka efter vecka.</translation>
    </message>
    <message>
        <source>Costly</source>
        <translation>Kostsamt</translation>
    </message>
    <message>
        <source>It costs money, time or customers.</source>
        <translation>Det kostar pengar, tid eller kunder.</translation>
    </message>
    <message>
        <source>Actionable</source>
        <translation>Åtgärdbart</translation>
    </message>
    <message>
        <source>It is specific enough that you know what to change.</source>
        <translation>Det är så konkret att du vet vad du ska ändra.</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Kategori %1</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Inte skrivet än.</translation>
    </message>
    <message>
        <source>✓ Passes the rule: frequent, costly and actionable.</source>
        <translation>✓ Klarar regeln: återkommande, kostsamt och åtgärdbart.</translation>
    </message>
    <message>
        <source>Does not pass the rule yet:</source>
        <translation>Klarar inte regeln än:</translation>
    </message>
    <message>
        <source>• Not frequent: a problem that seldom happens rarely earns a top place.</source>
        <translation>• Inte återkommande: ett problem som sällan händer förtjänar sällan en topplats.</translation>
    </message>
    <message>
        <source>• Not costly: if it costs no money, time or customers, fixing it pays little.</source>
        <translation>• Inte kostsamt: om det inte kostar pengar, tid eller kunder lönar det sig dåligt att åtgärda det.</translation>
    </message>
    <message>
        <source>• Not actionable: make it specific enough to act on (“the cake was crushed on delivery”, not “I was unhappy”).</source>
        <translation>• Inte åtgärdbart: gör det så konkret att det går att agera på (”tårtan blev mosad vid leveransen”, inte ”jag var missnöjd”).</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Self-assessment: %1</source>
        <translation>Självskattning: %1</translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <translation>Omgång %1 · %2</translation>
    </message>
    <message>
        <source>Rate each statement as things really are today, from 1 (not at all) to 5 (all the time). Answer on your own: you see only your own answers. Every answer is saved at once, so you can stop and continue later.</source>
        <translation>Bedöm varje påstående utifrån hur det verkligen är i dag, från 1 (inte alls) till 5 (hela tiden). Svara på egen hand: du ser bara dina egna svar. Varje svar sparas direkt, så du kan avbryta och fortsätta senare.</translation>
    </message>
    <message>
        <source>Keyboard: 1–5 rate the marked statement, ← → change the rating, ↑ ↓ go to the previous or next statement, Tab goes on to the note.</source>
        <translation>Tangentbord: 1–5 bedömer det markerade påståendet, ← → ändrar bedömningen, ↑ ↓ går till föregående eller nästa påstående, Tab går vidare till anteckningen.</translation>
    </message>
    <message>
        <source>The round is closed: the answers can be read but no longer changed.</source>
        <translation>Omgången är avslutad: svaren går att läsa men inte längre att ändra.</translation>
    </message>
    <message>
        <source>Continue Later</source>
        <translation>Fortsätt senare</translation>
    </message>
    <message>
        <source>Close the questionnaire; every answer so far is saved already</source>
        <translation>Stäng frågeformuläret; alla svar hittills är redan sparade</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Slutför</translation>
    </message>
    <message>
        <source>Say you are done (every statement needs a rating)</source>
        <translation>Markera att du är klar (alla påståenden måste bedömas)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 av %2 besvarade</translation>
    </message>
    <message>
        <source>Statements still without a rating: %1. They are marked; the first one is shown. Rate them and press Finish again.</source>
        <translation>Påståenden som ännu saknar bedömning: %1. De är markerade, och det första visas. Bedöm dem och tryck på Slutför igen.</translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <source>Add a Respondent</source>
        <translation>Lägg till en svarande</translation>
    </message>
    <message>
        <source>By &amp;name</source>
        <translation>Med &amp;namn</translation>
    </message>
    <message>
        <source>&amp;Anonymously, by role only</source>
        <translation>&amp;Anonymt, bara med roll</translation>
    </message>
    <message>
        <source>The round shows only the role, so nobody can tell whose answers they are</source>
        <translation>Omgången visar bara rollen, så ingen kan se vems svaren är</translation>
    </message>
    <message>
        <source>Choose from the staff list or type a name</source>
        <translation>Välj från personallistan eller skriv ett namn</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Type the person&apos;s name, or choose “Anonymously, by role only”.</source>
        <translation>Skriv personens namn, eller välj ”Anonymt, bara med roll”.</translation>
    </message>
</context>
<context>
    <name>ReviewMeetingsView</name>
    <message>
        <source>Review meetings</source>
        <translation>Uppföljningsmöten</translation>
    </message>
    <message>
        <source>Record this meeting…</source>
        <translation>Registrera mötet…</translation>
    </message>
    <message>
        <source>Record the meeting once it is held; today&apos;s figures are kept with it.</source>
        <translation>Registrera mötet när det har hållits; dagens siffror sparas tillsammans med det.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Correct the day and texts; the figures stay as they were shown.</source>
        <translation>Rätta dag och texter; siffrorna förblir som de visades.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Print review pack</source>
        <translation>Skriv ut mötesunderlag</translation>
    </message>
    <message>
        <source>Next meeting
the agenda</source>
        <translation>Nästa möte
dagordningen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Print agenda pack</source>
        <translation>Skriv ut underlag med dagordning</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>Uppföljningsmöte</translation>
    </message>
    <message>
        <source>This meeting no longer exists; it may have been deleted.</source>
        <translation>Det här mötet finns inte längre; det kan ha tagits bort.</translation>
    </message>
    <message>
        <source>Next review meeting</source>
        <translation>Nästa uppföljningsmöte</translation>
    </message>
    <message>
        <source>Since the last meeting on %1.</source>
        <translation>Sedan förra mötet den %1.</translation>
    </message>
    <message>
        <source>No meeting held yet: this will be the first.</source>
        <translation>Inget möte har hållits än: det här blir det första.</translation>
    </message>
    <message>
        <source>Improvement plans to go through</source>
        <translation>Förbättringsplaner att gå igenom</translation>
    </message>
    <message>
        <source>No improvement plans are open.</source>
        <translation>Inga förbättringsplaner är öppna.</translation>
    </message>
    <message>
        <source>Goals below their minimum without a plan</source>
        <translation>Mål under miniminivån utan plan</translation>
    </message>
    <message>
        <source>None: every goal below its minimum has an improvement plan.</source>
        <translation>Inga: alla mål under miniminivån har en förbättringsplan.</translation>
    </message>
    <message>
        <source>Figures still to enter</source>
        <translation>Siffror som ska fyllas i</translation>
    </message>
    <message>
        <source>Every figure is entered.</source>
        <translation>Alla siffror är ifyllda.</translation>
    </message>
    <message>
        <source>Today&apos;s figures</source>
        <translation>Dagens siffror</translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation>Öppen sedan %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No actions in this plan yet.</source>
        <translation>Inga åtgärder i den här planen än.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1: %2 in %3, below the minimum of %4.</source>
        <translation>%1: %2 för %3, under miniminivån %4.</translation>
    </message>
    <message>
        <source>Make an improvement plan…</source>
        <translation>Gör en förbättringsplan…</translation>
    </message>
    <message>
        <source>%1 and 1 more</source>
        <translation>%1 och 1 till</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 och %2 till</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(the complaint log can compute these)</source>
        <translation>(klagomålsloggen kan räkna fram dessa)</translation>
    </message>
    <message>
        <source>No goals were followed up.</source>
        <translation>Inga mål följdes upp.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Latest figure</source>
        <translation>Senaste siffra</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Miniminivå</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Review meeting of %1</source>
        <translation>Uppföljningsmötet den %1</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>None written down.</source>
        <translation>Inget antecknat.</translation>
    </message>
    <message>
        <source>Feedback to staff</source>
        <translation>Återkoppling till personalen</translation>
    </message>
    <message>
        <source>Figures shown at the meeting</source>
        <translation>Siffror som visades på mötet</translation>
    </message>
    <message>
        <source>The figures shown at this meeting could not be read: the stored copy is damaged or missing. The meeting&apos;s notes above are intact.</source>
        <translation>Siffrorna som visades på det här mötet kunde inte läsas: den sparade kopian är skadad eller saknas. Mötets anteckningar ovan är oskadda.</translation>
    </message>
    <message>
        <source>These are the figures as they were shown at the meeting; figures entered or corrected since then do not change them.</source>
        <translation>Det här är siffrorna som de visades på mötet; siffror som har fyllts i eller rättats sedan dess ändrar dem inte.</translation>
    </message>
    <message>
        <source>Improvement plans on its agenda</source>
        <translation>Förbättringsplaner på dagordningen</translation>
    </message>
    <message>
        <source>No improvement plans were open.</source>
        <translation>Inga förbättringsplaner var öppna.</translation>
    </message>
    <message>
        <source>Plans made at this meeting, as they stand today</source>
        <translation>Planer som gjordes på det här mötet, som de ser ut i dag</translation>
    </message>
    <message>
        <source>No plans were made at it.</source>
        <translation>Inga planer gjordes på mötet.</translation>
    </message>
    <message>
        <source>The meeting was recorded.</source>
        <translation>Mötet registrerades.</translation>
    </message>
    <message>
        <source>The meeting was saved.</source>
        <translation>Mötet sparades.</translation>
    </message>
    <message>
        <source>%1 is below its minimum and has no improvement plan. Make the plan now, as decided at this meeting?</source>
        <translation>%1 ligger under miniminivån och har ingen förbättringsplan. Vill du göra planen nu, som ni beslutade på mötet?</translation>
    </message>
    <message>
        <source>%1 goals are below their minimum without an improvement plan: %2. Make the plan for %3 now, as decided at this meeting?</source>
        <translation>%1 mål ligger under miniminivån utan förbättringsplan: %2. Vill du göra planen för %3 nu, som ni beslutade på mötet?</translation>
    </message>
    <message>
        <source>Make an improvement plan?</source>
        <translation>Göra en förbättringsplan?</translation>
    </message>
    <message>
        <source>Make the plan</source>
        <translation>Gör planen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <source>The improvement plan was made.</source>
        <translation>Förbättringsplanen skapades.</translation>
    </message>
    <message>
        <source>Delete the review meeting of %1 with its notes and the figures shown at it?</source>
        <translation>Ta bort uppföljningsmötet den %1 med anteckningarna och siffrorna som visades på det?</translation>
    </message>
    <message>
        <source>The improvement plan made at it is kept.</source>
        <translation>Förbättringsplanen som gjordes på mötet finns kvar.</translation>
    </message>
    <message>
        <source>The %1 improvement plans made at it are kept.</source>
        <translation>De %1 förbättringsplanerna som gjordes på mötet finns kvar.</translation>
    </message>
    <message>
        <source>Improvement plans are not affected.</source>
        <translation>Förbättringsplanerna påverkas inte.</translation>
    </message>
    <message>
        <source>Delete the meeting?</source>
        <translation>Ta bort mötet?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behåll det</translation>
    </message>
    <message>
        <source>The meeting was deleted.</source>
        <translation>Mötet togs bort.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>&lt;p&gt;Read the whole policy once more, the way your staff will. Click a step&apos;s heading or an answer&apos;s name to go back and change it. The box below says what approval still needs and what is worth another look.&lt;/p&gt;&lt;p&gt;A policy people actually read fits on two A4 pages. Approving freezes the version; to change the policy later you start the next version, and the earlier ones stay here to read and compare.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Example:&lt;/i&gt; one Sunday evening the owner of a bike shop reads the draft with the workshop manager, shortens the tone of voice for e-mail, writes both their names as approvers and approves version 1. A year later they start version 2, raise the phone goal and compare the two before approving again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Läs igenom hela policyn en gång till, så som personalen kommer att läsa den. Klicka på ett stegs rubrik eller på ett svars namn för att gå tillbaka och ändra det. Rutan nedan visar vad som fortfarande behövs för godkännande och vad som är värt en extra titt.&lt;/p&gt;&lt;p&gt;En policy som folk faktiskt läser får plats på två A4-sidor. När du godkänner låses versionen; vill du ändra policyn senare börjar du på nästa version, och de tidigare finns kvar här att läsa och jämföra.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Exempel:&lt;/i&gt; en söndagskväll läser ägaren av en cykelbutik igenom utkastet tillsammans med verkstadschefen, kortar ner tonläget för e-post, skriver in båda deras namn som godkännare och godkänner version 1. Ett år senare börjar de på version 2, höjer telefonmålet och jämför de två innan de godkänner igen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Saknas fortfarande</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkännande</translation>
    </message>
    <message>
        <source>Everyone who approves the policy, e.g. the owner and the shop manager.</source>
        <translation>Alla som godkänner policyn, t.ex. ägaren och butikschefen.</translation>
    </message>
    <message>
        <source>e.g. Maria Lindgren, Erik Holm</source>
        <translation>t.ex. Maria Lindgren, Erik Holm</translation>
    </message>
    <message>
        <source>The day the policy is approved: today, or the day it was signed.</source>
        <translation>Dagen då policyn godkänns: i dag, eller dagen den skrevs under.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved or last edited</source>
        <translation>Godkänd eller senast ändrad</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkänd av</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Jämför…</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Version %1 is approved and can no longer change. To change the policy, start version %2 with the button at the top.</source>
        <translation>Version %1 är godkänd och kan inte längre ändras. Vill du ändra policyn börjar du på version %2 med knappen högst upp.</translation>
    </message>
    <message>
        <source>Needed before approval</source>
        <translation>Behövs före godkännande</translation>
    </message>
    <message>
        <source>Everything approval needs is in place.</source>
        <translation>Allt som behövs för godkännande är på plats.</translation>
    </message>
    <message>
        <source>Worth another look</source>
        <translation>Värt en extra titt</translation>
    </message>
    <message>
        <source>(suggestions; they do not stop approval)</source>
        <translation>(förslag; de hindrar inte godkännandet)</translation>
    </message>
    <message>
        <source>The printed policy has about %1 words: an estimated %2 A4 pages.</source>
        <translation>Den utskrivna policyn har ungefär %1 ord: uppskattningsvis %2 A4-sidor.</translation>
    </message>
    <message>
        <source>That is more than the two pages to aim for: shorten the longest answers, or leave some policy areas out of the print (step 6).</source>
        <translation>Det är mer än de två sidor du bör sikta på: korta ner de längsta svaren, eller låt bli att skriva ut några policyområden (steg 6).</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>ändrad %1</translation>
    </message>
    <message>
        <source>Approve Version %1</source>
        <translation>Godkänn version %1</translation>
    </message>
    <message>
        <source>This version is approved.</source>
        <translation>Den här versionen är godkänd.</translation>
    </message>
    <message>
        <source>Approving freezes this version; you will be asked to confirm.</source>
        <translation>När du godkänner låses versionen; du får bekräfta först.</translation>
    </message>
    <message>
        <source>Approving freezes version %1: it becomes the policy in force and can no longer change. To change the policy later you start version %2, a new draft copied from this one; this version stays available to read and compare.</source>
        <translation>När du godkänner version %1 låses den: den blir den gällande policyn och kan inte längre ändras. Vill du ändra policyn senare börjar du på version %2, ett nytt utkast som kopieras från den här; den här versionen finns kvar att läsa och jämföra.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <source>Not Ready for Approval</source>
        <translation>Inte klar för godkännande</translation>
    </message>
    <message>
        <source>Approval still needs the following:</source>
        <translation>För godkännande behövs fortfarande följande:</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Enligt plan</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Under målvärdet</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>Under miniminivån</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Inga siffror än</translation>
    </message>
    <message>
        <source>No levels set</source>
        <translation>Inga nivåer satta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Struken</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Stängd %1</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ingen öppen</translation>
    </message>
    <message>
        <source>1 open</source>
        <translation>1 öppen</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 öppna</translation>
    </message>
    <message>
        <source>⚠ 1 overdue</source>
        <translation>⚠ 1 försenad</translation>
    </message>
    <message>
        <source>⚠ %1 overdue</source>
        <translation>⚠ %1 försenade</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no plans made</source>
        <translation>inga planer gjorda</translation>
    </message>
    <message>
        <source>1 plan made</source>
        <translation>1 plan gjord</translation>
    </message>
    <message>
        <source>%1 plans made</source>
        <translation>%1 planer gjorda</translation>
    </message>
    <message>
        <source>The list of who attended</source>
        <translation>Listan över deltagare</translation>
    </message>
    <message>
        <source>The decisions text</source>
        <translation>Beslutstexten</translation>
    </message>
    <message>
        <source>The feedback text</source>
        <translation>Återkopplingstexten</translation>
    </message>
    <message>
        <source>The reason for the plan</source>
        <translation>Anledningen till planen</translation>
    </message>
    <message>
        <source>The action&apos;s description</source>
        <translation>Åtgärdens beskrivning</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Texten</translation>
    </message>
    <message>
        <source>This meeting no longer exists; it may have been removed already.</source>
        <translation>Det här mötet finns inte längre; det kan redan ha tagits bort.</translation>
    </message>
    <message>
        <source>This improvement plan no longer exists; it may have been removed.</source>
        <translation>Den här förbättringsplanen finns inte längre; den kan ha tagits bort.</translation>
    </message>
    <message>
        <source>This action no longer exists; it may have been removed already.</source>
        <translation>Den här åtgärden finns inte längre; den kan redan ha tagits bort.</translation>
    </message>
    <message>
        <source>This goal no longer exists; it may have been removed in the policy.</source>
        <translation>Det här målet finns inte längre; det kan ha tagits bort i policyn.</translation>
    </message>
    <message>
        <source>This person is no longer on the staff list. Choose someone else.</source>
        <translation>Den här personen finns inte längre med i personallistan. Välj någon annan.</translation>
    </message>
    <message>
        <source>Choose the day the meeting was held.</source>
        <translation>Välj dagen då mötet hölls.</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>Välj ett datum.</translation>
    </message>
    <message>
        <source>A meeting is recorded once it has been held: choose today (%1) or an earlier day.</source>
        <translation>Ett möte registreras först när det har hållits: välj i dag (%1) eller en tidigare dag.</translation>
    </message>
    <message>
        <source>The date is too early: choose %1 or later.</source>
        <translation>Datumet är för tidigt: välj %1 eller senare.</translation>
    </message>
    <message>
        <source>Say who attended the meeting.</source>
        <translation>Skriv vilka som var med på mötet.</translation>
    </message>
    <message>
        <source>Say why the plan is made.</source>
        <translation>Skriv varför planen görs.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Skriv vad som ska göras.</translation>
    </message>
    <message>
        <source>%1 is empty. Fill it in.</source>
        <translation>%1 är tom. Fyll i den.</translation>
    </message>
    <message>
        <source>%1 could not be read as text. Type it again.</source>
        <translation>%1 kunde inte läsas som text. Skriv den igen.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation>%1 är för lång: %2 tecken, högst %3.</translation>
    </message>
    <message>
        <source>%1 holds characters that cannot be stored. Type it again.</source>
        <translation>%1 innehåller tecken som inte kan sparas. Skriv den igen.</translation>
    </message>
    <message>
        <source>Choose whether the action is open, done or dropped.</source>
        <translation>Välj om åtgärden är öppen, klar eller struken.</translation>
    </message>
    <message>
        <source>Choose by when it must be done: an open action needs a due date, or it is easily forgotten.</source>
        <translation>Välj när den senast ska vara klar: en öppen åtgärd utan datum glöms lätt bort.</translation>
    </message>
    <message>
        <source>This goal already has an open improvement plan. Add the actions to that plan, or close it first.</source>
        <translation>Det här målet har redan en öppen förbättringsplan. Lägg till åtgärderna i den planen, eller stäng den först.</translation>
    </message>
    <message>
        <source>This plan is closed, so its actions stay as they are. Reopen it first.</source>
        <translation>Planen är stängd, så åtgärderna lämnas som de är. Öppna den igen först.</translation>
    </message>
    <message>
        <source>The change could not be stored.</source>
        <translation>Ändringen kunde inte sparas.</translation>
    </message>
</context>
<context>
    <name>RolloutStep</name>
    <message>
        <source>&lt;p&gt;A policy only works when the staff live it. The decision to adopt it is taken at the top, by you, your management team or your board; the work of making it real is done together with the people closest to the customers.&lt;/p&gt;&lt;p&gt;Start with a meeting everyone must attend, then keep the policy alive with short, regular practice. Name &lt;b&gt;one person&lt;/b&gt; who follows up on a fixed routine and tells staff and management how it is going: without a name, follow-up slips. The policy cannot be approved without that name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En policy fungerar bara när personalen lever efter den. Beslutet att anta den fattas högst upp, av dig, din ledningsgrupp eller din styrelse; arbetet med att göra den verklig görs tillsammans med dem som står närmast kunderna.&lt;/p&gt;&lt;p&gt;Börja med ett möte som alla måste gå på, och håll sedan policyn levande med korta, regelbundna övningar. Utse &lt;b&gt;en person&lt;/b&gt; som följer upp enligt en fast rutin och berättar för personal och ledning hur det går: utan ett namn blir uppföljningen inte av. Policyn kan inte godkännas utan det namnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How staff learn the policy: the first meeting, then workshops and practice.</source>
        <translation>Hur personalen lär sig policyn: det första mötet, sedan workshoppar och övning.</translation>
    </message>
    <message>
        <source>All staff meet for an hour before opening to go through the policy together. After that, ten minutes of the Monday meeting are spent on one real case from the complaint log, and twice a year we hold a workshop where we act out difficult customers.</source>
        <translation>All personal träffas en timme före öppning och går igenom policyn tillsammans. Därefter ägnas tio minuter av måndagsmötet åt ett verkligt fall ur klagomålsloggen, och två gånger om året har vi en workshop där vi spelar upp besvärliga kundmöten.</translation>
    </message>
    <message>
        <source>The day everyone goes through the policy together.</source>
        <translation>Dagen då alla går igenom policyn tillsammans.</translation>
    </message>
    <message>
        <source>Who takes the decision to adopt the policy.</source>
        <translation>Vem som fattar beslutet att anta policyn.</translation>
    </message>
    <message>
        <source>How the decision is taken, and how staff have their say before it.</source>
        <translation>Hur beslutet fattas, och hur personalen får säga sitt innan dess.</translation>
    </message>
    <message>
        <source>The draft hangs in the staff room for two weeks and everyone may comment. Then the owner and the shift leaders go through the comments and the owner signs the policy.</source>
        <translation>Utkastet sitter uppe i personalrummet i två veckor och alla får lämna synpunkter. Sedan går ägaren och skiftledarna igenom synpunkterna, och ägaren skriver under policyn.</translation>
    </message>
    <message>
        <source>How often the goals and the complaint log are looked at together.</source>
        <translation>Hur ofta målen och klagomålsloggen gås igenom tillsammans.</translation>
    </message>
    <message>
        <source>One person, by name. Names from the staff list are suggested as you type.</source>
        <translation>En person, med namn. Namn från personallistan föreslås medan du skriver.</translation>
    </message>
    <message>
        <source>e.g. Karin Lindgren</source>
        <translation>t.ex. Karin Lindgren</translation>
    </message>
    <message>
        <source>Pick from the staff list</source>
        <translation>Välj från personallistan</translation>
    </message>
    <message>
        <source>What the follow-up looks at, and how the results reach staff and management.</source>
        <translation>Vad uppföljningen tittar på, och hur resultaten når personal och ledning.</translation>
    </message>
    <message>
        <source>On the first Monday of each month, Karin compares the complaint log and our goals with the month before. She pins a one-page summary in the staff room, talks it through at the Monday meeting, and brings the figures to the owners&apos; quarterly meeting.</source>
        <translation>Den första måndagen varje månad jämför Karin klagomålsloggen och våra mål med månaden innan. Hon sätter upp en sammanfattning på en sida i personalrummet, går igenom den på måndagsmötet och tar med siffrorna till ägarnas kvartalsmöte.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New Round</source>
        <translation>Ny omgång</translation>
    </message>
    <message>
        <source>Edit the Round</source>
        <translation>Redigera omgången</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>Till exempel %1</translation>
    </message>
    <message>
        <source>Optional: anything worth remembering about this round</source>
        <translation>Valfritt: något som är värt att komma ihåg om den här omgången</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Genomförd den:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>Start Round</source>
        <translation>Starta omgången</translation>
    </message>
</context>
<context>
    <name>RoundResultsView</name>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Owner vs. staff</source>
        <translation>Ägare jämfört med personal</translation>
    </message>
    <message>
        <source>How much higher (+) or lower (−) the owner rated the area than the others</source>
        <translation>Hur mycket högre (+) eller lägre (−) ägaren bedömde området än de övriga</translation>
    </message>
    <message>
        <source>Owner vs. staff: how much higher (+) or lower (−) the owner rated an area than everybody else did. Where you see an area differently (bold: half a point or more), talk it over together; the figures belong to the whole team.</source>
        <translation>Ägare jämfört med personal: hur mycket högre (+) eller lägre (−) ägaren bedömde ett område än alla andra. Där ni ser olika på ett område (fetstil: en halv poäng eller mer), prata igenom det tillsammans; siffrorna tillhör hela teamet.</translation>
    </message>
    <message>
        <source>Weakest areas</source>
        <translation>De svagaste områdena</translation>
    </message>
    <message>
        <source>Make This a Goal</source>
        <translation>Gör det till ett mål</translation>
    </message>
    <message>
        <source>Start here. A goal in the policy gives the area an owner, a measure and a date.</source>
        <translation>Börja här. Ett mål i policyn ger området en ägare, ett mått och ett datum.</translation>
    </message>
    <message>
        <source>There is no round to show yet.</source>
        <translation>Det finns ingen omgång att visa än.</translation>
    </message>
    <message>
        <source>Round %1, held %2</source>
        <translation>Omgång %1, genomförd %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <source>The quotient is worked out once every statement has at least one rating.</source>
        <translation>Kvoten räknas ut när varje påstående har minst en bedömning.</translation>
    </message>
    <message>
        <source>Area scores of round %1</source>
        <translation>Poäng per område, omgång %1</translation>
    </message>
    <message>
        <source>No quotient yet: one statement has no rating yet.</source>
        <translation>Ingen kvot än: ett påstående saknar fortfarande bedömning.</translation>
    </message>
    <message>
        <source>No quotient yet: %1 statements have no rating yet.</source>
        <translation>Ingen kvot än: %1 påståenden saknar fortfarande bedömning.</translation>
    </message>
    <message>
        <source>Provisional: the round is still open (%1 of %2 respondents have finished), so the figures can still change.</source>
        <translation>Preliminärt: omgången är fortfarande öppen (%1 av %2 svarande är klara), så siffrorna kan ändras.</translation>
    </message>
    <message>
        <source>Provisional until every statement has a rating.</source>
        <translation>Preliminärt tills varje påstående har en bedömning.</translation>
    </message>
    <message>
        <source>Only the owner, or only the staff, rated this area.</source>
        <translation>Bara ägaren, eller bara personalen, har bedömt det här området.</translation>
    </message>
    <message>
        <source>One of the two weakest areas</source>
        <translation>Ett av de två svagaste områdena</translation>
    </message>
    <message>
        <source>Owner and staff rate this area alike.</source>
        <translation>Ägaren och personalen bedömer det här området lika.</translation>
    </message>
    <message>
        <source>The owner rates this area %1 higher than the staff do.</source>
        <translation>Ägaren bedömer det här området %1 högre än personalen.</translation>
    </message>
    <message>
        <source>The owner rates this area %1 lower than the staff do.</source>
        <translation>Ägaren bedömer det här området %1 lägre än personalen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Make %1 a goal</source>
        <translation>Gör %1 till ett mål</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>No complaints were received in this period.</source>
        <translation>Inga klagomål togs emot under den här perioden.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Läser in siffrorna…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
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
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Det här kvartalet</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Valfri period</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Inom målet</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missat</translation>
    </message>
    <message>
        <source>Done after the target, or not done and already past it.</source>
        <translation>Klart efter målet, eller inte klart och redan försenat.</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Fortfarande öppna</translation>
    </message>
    <message>
        <source>Not done yet and still within the target: not counted in the share until it is done or late.</source>
        <translation>Inte klart än och fortfarande inom målet: räknas inte in i andelen förrän det är klart eller försenat.</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bekräftat</translation>
    </message>
    <message>
        <source>The first answer to the customer, within the business hours set.</source>
        <translation>Det första svaret till kunden, inom det angivna antalet öppettimmar.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Resolved within the business days set, counted from receipt.</source>
        <translation>Löst inom det angivna antalet arbetsdagar, räknat från att klagomålet togs emot.</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Uppföljt</translation>
    </message>
    <message>
        <source>Followed up within the calendar days set, counted from the resolution.</source>
        <translation>Uppföljt inom det angivna antalet kalenderdagar, räknat från lösningen.</translation>
    </message>
    <message>
        <source>The share counts the complaints whose step is done or already late. Waiting for the customer does not count where Settings says so; a reopened complaint continues its clock.</source>
        <translation>Andelen räknar de klagomål där steget är klart eller redan försenat. Tid då du väntar på kunden räknas inte om du har valt det under Inställningar; ett klagomål som öppnas igen börjar inte om, utan klockan fortsätter.</translation>
    </message>
    <message>
        <source>Targets are set in Settings › Service targets.</source>
        <translation>Målen ställs in under Inställningar › Servicemål.</translation>
    </message>
    <message>
        <source>Handling time of the resolved complaints</source>
        <translation>Handläggningstid för de lösta klagomålen</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Half the resolved complaints took this long or less.</source>
        <translation>Hälften av de lösta klagomålen tog så här lång tid eller kortare.</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90:e percentilen</translation>
    </message>
    <message>
        <source>Nine in ten resolved complaints took this long or less.</source>
        <translation>Nio av tio lösta klagomål tog så här lång tid eller kortare.</translation>
    </message>
    <message>
        <source>In business hours</source>
        <translation>I öppettid</translation>
    </message>
    <message>
        <source>Only the time the business is open counts, as for the targets.</source>
        <translation>Bara tiden då företaget har öppet räknas, precis som för målen.</translation>
    </message>
    <message>
        <source>In calendar time</source>
        <translation>I kalendertid</translation>
    </message>
    <message>
        <source>From receipt to resolution as the customer lived it, nights included.</source>
        <translation>Från mottagandet till lösningen, så som kunden upplevde det, nätter inräknade.</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2). Choose a first day on or before the last day.</source>
        <translation>Första dagen (%1) ligger efter sista dagen (%2). Välj en första dag som inte ligger efter den sista.</translation>
    </message>
    <message>
        <source>Complaints received from %1 to %2: %3</source>
        <translation>Klagomål mottagna från %1 till %2: %3</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Inget mål angivet</translation>
    </message>
    <message>
        <source>None decided yet</source>
        <translation>Inga avgjorda än</translation>
    </message>
    <message>
        <source>%1 of %2 within target (%3)</source>
        <translation>%1 av %2 inom målet (%3)</translation>
    </message>
    <message>
        <source>No complaint of this period has been resolved yet.</source>
        <translation>Inget klagomål från den här perioden har lösts än.</translation>
    </message>
    <message>
        <source>Resolved complaints: %1</source>
        <translation>Lösta klagomål: %1</translation>
    </message>
    <message>
        <source>Of the time from receipt to resolution, %1 fell inside office hours (%2) and %3 outside them (%4).</source>
        <translation>Av tiden från mottagandet till lösningen låg %1 inom öppettiderna (%2) och %3 utanför (%4).</translation>
    </message>
    <message>
        <source>No office hours are set, so every hour counts as business time (Settings › Office hours).</source>
        <translation>Inga öppettider är angivna, så varje timme räknas som öppettid (Inställningar › Öppettider).</translation>
    </message>
    <message>
        <source>Business hours count only the time the business is open, less the time spent waiting for the customer. Calendar time runs from receipt to resolution, nights and closed days included.</source>
        <translation>I öppettid räknas bara tiden då företaget har öppet, minus tiden då du väntar på kunden. Kalendertid löper från mottagandet till lösningen, nätter och stängda dagar inräknade.</translation>
    </message>
    <message>
        <source>Business hours count only the time the business is open. Calendar time runs from receipt to resolution, nights and closed days included.</source>
        <translation>I öppettid räknas bara tiden då företaget har öppet. Kalendertid löper från mottagandet till lösningen, nätter och stängda dagar inräknade.</translation>
    </message>
    <message>
        <source>No complaint in this period has met or missed a target yet.</source>
        <translation>Inget klagomål under den här perioden har uppfyllt eller missat ett mål än.</translation>
    </message>
    <message>
        <source>Within target per month</source>
        <translation>Inom målet per månad</translation>
    </message>
    <message>
        <source>Resolved within target</source>
        <translation>Lösta inom målet</translation>
    </message>
    <message>
        <source>Acknowledged within target</source>
        <translation>Bekräftade inom målet</translation>
    </message>
    <message>
        <source>Under each month: complaints received</source>
        <translation>Under varje månad: mottagna klagomål</translation>
    </message>
    <message>
        <source>Share resolved within target per month</source>
        <translation>Andel lösta inom målet per månad</translation>
    </message>
</context>
<context>
    <name>ServiceTargetsPage</name>
    <message>
        <source>1 hour</source>
        <translation>1 timme</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 timmar</translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation>Bekräfta inom</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>Lös inom</translation>
    </message>
    <message>
        <source>Follow up within</source>
        <translation>Följ upp inom</translation>
    </message>
    <message>
        <source>This category is no longer there; perhaps it was removed meanwhile.</source>
        <translation>Den här kategorin finns inte längre; den kan ha tagits bort under tiden.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Write a number such as %2, or leave the field empty for no target.</source>
        <translation>”%1” är inget tal. Skriv ett tal, t.ex. %2, eller lämna fältet tomt om du inte vill ha något mål.</translation>
    </message>
    <message>
        <source>A target must be more than zero. Leave the field empty for no target.</source>
        <translation>Ett mål måste vara större än noll. Lämna fältet tomt om du inte vill ha något mål.</translation>
    </message>
    <message>
        <source>That is more than a year: write at most %1 business hours.</source>
        <translation>Det är mer än ett år: skriv högst %1 timmar öppettid.</translation>
    </message>
    <message>
        <source>That is more than a year: write at most %1 days.</source>
        <translation>Det är mer än ett år: skriv högst %1 dagar.</translation>
    </message>
    <message>
        <source>Not saved: there is still no target.</source>
        <translation>Inte sparat: det finns fortfarande inget mål.</translation>
    </message>
    <message>
        <source>Not saved: the target is still %1.</source>
        <translation>Inte sparat: målet är fortfarande %1.</translation>
    </message>
    <message>
        <source>The clock starts when a complaint is received and counts only your office hours: nights, closed days and public holidays are not counted.</source>
        <translation>Klockan startar när ett klagomål tas emot och räknar bara dina öppettider: nätter, stängda dagar och helgdagar räknas inte.</translation>
    </message>
    <message>
        <source>A business day is %1 of office time, the length of your usual open day.</source>
        <translation>En arbetsdag är %1 öppettid, lika lång som din vanliga öppetdag.</translation>
    </message>
    <message>
        <source>The clock starts when a complaint is received. No office hours are set, so it counts every hour of every day. Set your opening hours in the Office hours tab to count only the time you are open.</source>
        <translation>Klockan startar när ett klagomål tas emot. Inga öppettider är angivna, så den räknar varje timme varje dag. Ange dina öppettider på fliken Öppettider så räknas bara tiden då du har öppet.</translation>
    </message>
    <message>
        <source>A business day is a whole day of %1.</source>
        <translation>En arbetsdag är ett helt dygn på %1.</translation>
    </message>
    <message>
        <source>While a complaint waits for the customer, the clock for resolving it stops. When the wait ends, it continues from where it stopped. A wait that starts after the due time changes nothing: the complaint is already late.</source>
        <translation>Medan ett klagomål väntar på kunden står klockan för lösningen still. När väntan är över fortsätter den där den stannade. En väntan som börjar efter förfallotiden ändrar ingenting: klagomålet är redan försenat.</translation>
    </message>
    <message>
        <source>Waiting for the customer does not stop the clock: that time counts like any other.</source>
        <translation>Att vänta på kunden stoppar inte klockan: den tiden räknas som all annan tid.</translation>
    </message>
    <message>
        <source>A reopened complaint does not start again: its clock continues from when it was received, so it may be overdue at once.</source>
        <translation>Ett klagomål som öppnas igen börjar inte om: klockan fortsätter räkna från när det togs emot, så det kan bli försenat direkt.</translation>
    </message>
    <message>
        <source>“Due soon” means a quarter of the time or less is left.</source>
        <translation>”Snart dags” betyder att en fjärdedel av tiden eller mindre är kvar.</translation>
    </message>
    <message>
        <source>The follow-up counts calendar days from the resolution, weekends and holidays included.</source>
        <translation>Uppföljningen räknar kalenderdagar från lösningen, veckoslut och helgdagar inräknade.</translation>
    </message>
    <message>
        <source>A step is met when it is done within its time as the clock counts it, so an answer on the evening of a day it was due by closing time is met; later, it is missed.</source>
        <translation>Ett steg är uppfyllt när det görs inom sin tid så som klockan räknar den. Ett svar på kvällen samma dag som det skulle ges före stängning är alltså uppfyllt; senare är det missat.</translation>
    </message>
    <message>
        <source>The first answer to the customer, counted in office hours from when the complaint was received.</source>
        <translation>Det första svaret till kunden, räknat i öppettimmar från att klagomålet togs emot.</translation>
    </message>
    <message>
        <source>The resolution, counted in business days from when the complaint was received.</source>
        <translation>Lösningen, räknat i arbetsdagar från att klagomålet togs emot.</translation>
    </message>
    <message>
        <source>Checking back with the customer, counted in calendar days from the resolution.</source>
        <translation>Att höra av sig till kunden igen, räknat i kalenderdagar från lösningen.</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Inget mål</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Let this category use the general targets again</source>
        <translation>Låt den här kategorin använda de allmänna målen igen</translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation>%1 (används inte)</translation>
    </message>
    <message>
        <source>New complaints cannot be given this category, but older ones keep it.</source>
        <translation>Nya klagomål kan inte få den här kategorin, men äldre behåller den.</translation>
    </message>
    <message>
        <source>Service targets</source>
        <translation>Servicemål</translation>
    </message>
    <message>
        <source>Your promise to customers: how soon you answer, resolve and follow up a complaint. Each complaint shows its due time and whether it is on time. Leave a field empty for no target; changes are saved as you type.</source>
        <translation>Ditt löfte till kunderna: hur snart du svarar på, löser och följer upp ett klagomål. Varje klagomål visar sin förfallotid och om det ligger i tid. Lämna ett fält tomt om du inte vill ha något mål; ändringar sparas medan du skriver.</translation>
    </message>
    <message>
        <source>Targets for all complaints</source>
        <translation>Mål för alla klagomål</translation>
    </message>
    <message>
        <source>&amp;Acknowledge within:</source>
        <translation>&amp;Bekräfta inom:</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>timmar öppettid</translation>
    </message>
    <message>
        <source>&amp;Resolve within:</source>
        <translation>&amp;Lös inom:</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>arbetsdagar</translation>
    </message>
    <message>
        <source>&amp;Follow up within:</source>
        <translation>&amp;Följ upp inom:</translation>
    </message>
    <message>
        <source>days after the resolution</source>
        <translation>dagar efter lösningen</translation>
    </message>
    <message>
        <source>Targets of a category&apos;s own</source>
        <translation>Egna mål för en kategori</translation>
    </message>
    <message>
        <source>A category can promise other times, such as a faster resolution for a broken product. The other categories use the targets above.</source>
        <translation>En kategori kan lova andra tider, till exempel snabbare lösning för en trasig vara. De andra kategorierna använder målen ovan.</translation>
    </message>
    <message>
        <source>No category has targets of its own: every complaint uses the targets above.</source>
        <translation>Ingen kategori har egna mål: alla klagomål använder målen ovan.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Acknowledge within (business hours)</source>
        <translation>Bekräfta inom (timmar öppettid)</translation>
    </message>
    <message>
        <source>Resolve within (business days)</source>
        <translation>Lös inom (arbetsdagar)</translation>
    </message>
    <message>
        <source>Follow up within (days)</source>
        <translation>Följ upp inom (dagar)</translation>
    </message>
    <message>
        <source>Add targets &amp;for:</source>
        <translation>Lägg &amp;till mål för:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Give the chosen category targets of its own, starting from the ones above</source>
        <translation>Ge den valda kategorin egna mål, med målen ovan som utgångspunkt</translation>
    </message>
    <message>
        <source>How the clock counts</source>
        <translation>Så räknar klockan</translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer stops the clock</source>
        <translation>&amp;Väntan på kunden stoppar klockan</translation>
    </message>
    <message>
        <source>While a complaint has the status “waiting for the customer”, the time to resolve it does not run.</source>
        <translation>Medan ett klagomål har statusen ”väntar på kunden” står tiden för att lösa det still.</translation>
    </message>
    <message>
        <source>These rules are printed in your service-level agreement.</source>
        <translation>De här reglerna skrivs ut i ditt servicenivåavtal.</translation>
    </message>
    <message>
        <source>= %1 of office time</source>
        <translation>= %1 öppettid</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>There are no complaint categories yet. Add them with “Categories &amp; staff…” in the complaint log.</source>
        <translation>Det finns inga klagomålskategorier än. Lägg till dem med ”Kategorier och personal…” i klagomålsloggen.</translation>
    </message>
    <message>
        <source>No category is in use. Bring one back with “Categories &amp; staff…” in the complaint log.</source>
        <translation>Ingen kategori används. Ta tillbaka en med ”Kategorier och personal…” i klagomålsloggen.</translation>
    </message>
    <message>
        <source>Every category in use has targets of its own.</source>
        <translation>Alla kategorier som används har egna mål.</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Inte tillagt</translation>
    </message>
    <message>
        <source>Use the General Targets</source>
        <translation>Använd de allmänna målen</translation>
    </message>
    <message>
        <source>Complaints in “%1” will use the targets for all complaints again, and the targets of its own are removed.</source>
        <translation>Klagomål i ”%1” kommer att använda målen för alla klagomål igen, och kategorins egna mål tas bort.</translation>
    </message>
    <message>
        <source>Use General Targets</source>
        <translation>Använd allmänna mål</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Service targets</source>
        <translation>Servicemål</translation>
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
    <name>StaffingDialog</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 timme</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 timmar</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minut</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuter</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 sekund</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 sekunder</translation>
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
        <translation>1 person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personer</translation>
    </message>
    <message>
        <source>Promise a longer wait: %1 of calls answered within %2 instead of %3 (you would reach %4).</source>
        <translation>Lova en längre väntetid: %1 av samtalen besvarade inom %2 i stället för %3 (du skulle nå %4).</translation>
    </message>
    <message>
        <source>Promise a lower share: %1 of calls answered within %2, which is what you reach now.</source>
        <translation>Lova en lägre andel: %1 av samtalen besvarade inom %2, vilket är vad du når nu.</translation>
    </message>
    <message>
        <source>Offer a call-back instead of a wait: callers leave their number and %1 of them are called back within %2 of opening hours (you would reach %3).</source>
        <translation>Erbjud återuppringning i stället för väntan: den som ringer lämnar sitt nummer och %1 av dem blir uppringda inom %2 av öppettiden (du skulle nå %3).</translation>
    </message>
    <message>
        <source>Make the promise for opening hours only, and call back everyone who rings when you are closed.</source>
        <translation>Lova bara för öppettiden, och ring tillbaka alla som ringer när det är stängt.</translation>
    </message>
    <message>
        <source>Staffing check</source>
        <translation>Bemanningskoll</translation>
    </message>
    <message>
        <source>How many people must answer the phone to keep a promise such as “80 % of calls answered within 30 seconds”? Fill in your busiest hour. The figures use the Erlang C formula, which counts as if nobody hangs up, so they err on the safe side.</source>
        <translation>Hur många behöver svara i telefon för att hålla ett löfte som ”80 % av samtalen besvarade inom 30 sekunder”? Fyll i din mest hektiska timme. Siffrorna bygger på formeln Erlang C, som räknar som om ingen lägger på, så de hamnar på den säkra sidan.</translation>
    </message>
    <message>
        <source>The promise comes from the goal “%1”.</source>
        <translation>Löftet kommer från målet ”%1”.</translation>
    </message>
    <message>
        <source>Your busiest hour</source>
        <translation>Din mest hektiska timme</translation>
    </message>
    <message>
        <source>Calls in the hour:</source>
        <translation>Samtal under timmen:</translation>
    </message>
    <message>
        <source>Talk time plus the work after the call, on average. Type minutes:seconds (4:30) or seconds (270).</source>
        <translation>Samtalstid plus efterarbetet, i genomsnitt. Skriv minuter:sekunder (4:30) eller sekunder (270).</translation>
    </message>
    <message>
        <source>Average handling time:</source>
        <translation>Genomsnittlig hanteringstid:</translation>
    </message>
    <message>
        <source>min:s</source>
        <translation>min:s</translation>
    </message>
    <message>
        <source>% of calls answered within</source>
        <translation>% av samtalen besvarade inom</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>The promise:</source>
        <translation>Löftet:</translation>
    </message>
    <message>
        <source>People answering now:</source>
        <translation>Personer som svarar nu:</translation>
    </message>
    <message>
        <source>Planning margins</source>
        <translation>Planeringsmarginaler</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>The largest share of the hour each person may spend on calls. People who are busy all the time tire and make mistakes; 85 % is a common limit. Leave it empty for no limit.</source>
        <translation>Den största del av timmen som varje person får ägna åt samtal. Den som är upptagen hela tiden blir trött och gör misstag; 85 % är en vanlig gräns. Lämna tomt för ingen gräns.</translation>
    </message>
    <message>
        <source>Busy at most:</source>
        <translation>Upptagen högst:</translation>
    </message>
    <message>
        <source>The share of paid time that goes to breaks, leave, training and other work, so that enough people are on the rota to have the answering people free.</source>
        <translation>Den del av den betalda tiden som går till raster, ledighet, utbildning och annat arbete, så att tillräckligt många står på schemat för att de som svarar ska ha tid att svara.</translation>
    </message>
    <message>
        <source>Time away from the phone:</source>
        <translation>Tid borta från telefonen:</translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation>Vad som krävs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Type how many calls come in during your busiest hour, for example 12.</source>
        <translation>Skriv hur många samtal som kommer in under din mest hektiska timme, till exempel 12.</translation>
    </message>
    <message>
        <source>Type the number of calls in digits, like 12.</source>
        <translation>Skriv antalet samtal med siffror, t.ex. 12.</translation>
    </message>
    <message>
        <source>Type a number of calls above zero.</source>
        <translation>Skriv ett antal samtal över noll.</translation>
    </message>
    <message>
        <source>At most %1 calls an hour.</source>
        <translation>Högst %1 samtal i timmen.</translation>
    </message>
    <message>
        <source>Type how long a call takes on average, for example 4:00.</source>
        <translation>Skriv hur lång tid ett samtal tar i genomsnitt, till exempel 4:00.</translation>
    </message>
    <message>
        <source>Type minutes and seconds like 4:30, or seconds like 270.</source>
        <translation>Skriv minuter och sekunder som 4:30, eller sekunder som 270.</translation>
    </message>
    <message>
        <source>A call takes longer than zero seconds.</source>
        <translation>Ett samtal tar längre tid än noll sekunder.</translation>
    </message>
    <message>
        <source>At most %1 per call.</source>
        <translation>Högst %1 per samtal.</translation>
    </message>
    <message>
        <source>Type the share of calls you promise, like 80.</source>
        <translation>Skriv andelen samtal du lovar, t.ex. 80.</translation>
    </message>
    <message>
        <source>Type within how many seconds calls are answered, like 30.</source>
        <translation>Skriv inom hur många sekunder samtalen besvaras, t.ex. 30.</translation>
    </message>
    <message>
        <source>Type the share in digits, like 80.</source>
        <translation>Skriv andelen med siffror, t.ex. 80.</translation>
    </message>
    <message>
        <source>Promise a share above zero.</source>
        <translation>Lova en andel över noll.</translation>
    </message>
    <message>
        <source>No one can promise 100 %: two calls can always come in at once. Promise 99 % or less.</source>
        <translation>Ingen kan lova 100 %: två samtal kan alltid komma in samtidigt. Lova 99 % eller mindre.</translation>
    </message>
    <message>
        <source>Type the answer time in seconds, like 30.</source>
        <translation>Skriv svarstiden i sekunder, t.ex. 30.</translation>
    </message>
    <message>
        <source>Answering within zero seconds cannot be promised: type a time above zero.</source>
        <translation>Svar inom noll sekunder går inte att lova: skriv en tid över noll.</translation>
    </message>
    <message>
        <source>Promise an answer within %1 at most.</source>
        <translation>Lova svar inom högst %1.</translation>
    </message>
    <message>
        <source>Type how many people answer the phone now, for example 1.</source>
        <translation>Skriv hur många som svarar i telefon nu, till exempel 1.</translation>
    </message>
    <message>
        <source>Type the number of people in digits, like 2.</source>
        <translation>Skriv antalet personer med siffror, t.ex. 2.</translation>
    </message>
    <message>
        <source>Type a whole number of people.</source>
        <translation>Skriv ett helt antal personer.</translation>
    </message>
    <message>
        <source>At least one person answers the phone.</source>
        <translation>Minst en person svarar i telefon.</translation>
    </message>
    <message>
        <source>At most %1 people.</source>
        <translation>Högst %1 personer.</translation>
    </message>
    <message>
        <source>Type a percentage like 85, or leave it empty.</source>
        <translation>Skriv en procentsats som 85, eller lämna tomt.</translation>
    </message>
    <message>
        <source>Type a percentage above 0 and at most 100, or leave it empty.</source>
        <translation>Skriv en procentsats över 0 och högst 100, eller lämna tomt.</translation>
    </message>
    <message>
        <source>Type a percentage like 30, or leave it empty.</source>
        <translation>Skriv en procentsats som 30, eller lämna tomt.</translation>
    </message>
    <message>
        <source>Type a percentage from 0 to %1.</source>
        <translation>Skriv en procentsats från 0 till %1.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the figures.</source>
        <translation>Rätta de markerade fälten för att se siffrorna.</translation>
    </message>
    <message>
        <source>Fill in the calls in your busiest hour and the average handling time to see the figures.</source>
        <translation>Fyll i samtalen under din mest hektiska timme och den genomsnittliga hanteringstiden för att se siffrorna.</translation>
    </message>
    <message>
        <source>%1 of calls answered within %2, an average wait of %3, each person busy %4 of the time.</source>
        <translation>%1 av samtalen besvarade inom %2, genomsnittlig väntetid %3, varje person upptagen %4 av tiden.</translation>
    </message>
    <message>
        <source>%1 of calls within %2</source>
        <translation>%1 av samtalen inom %2</translation>
    </message>
    <message>
        <source>To keep the promise (%1), 1 person must answer the phone.</source>
        <translation>För att hålla löftet (%1) måste 1 person svara i telefon.</translation>
    </message>
    <message>
        <source>To keep the promise (%1), %2 must answer the phone.</source>
        <translation>För att hålla löftet (%1) måste %2 svara i telefon.</translation>
    </message>
    <message>
        <source>With them: %1</source>
        <translation>Med dem: %1</translation>
    </message>
    <message>
        <source>The promise alone needs %1, but each would then be busy more than %2 of the time.</source>
        <translation>Bara löftet kräver %1, men då skulle var och en vara upptagen mer än %2 av tiden.</translation>
    </message>
    <message>
        <source>With %1 of their time away from the phone (breaks, leave, other work), plan %2 for that hour.</source>
        <translation>Med %1 av tiden borta från telefonen (raster, ledighet, annat arbete) behöver du planera in %2 för den timmen.</translation>
    </message>
    <message>
        <source>With the 1 person answering now: %1</source>
        <translation>Med den person som svarar nu: %1</translation>
    </message>
    <message>
        <source>With the %2 answering now: %1</source>
        <translation>Med de %2 som svarar nu: %1</translation>
    </message>
    <message>
        <source>With the 1 person answering now, calls come in faster than they can be answered: the queue keeps growing and almost nobody is answered in time.</source>
        <translation>Med den person som svarar nu kommer samtalen in snabbare än de hinner besvaras: kön växer hela tiden och nästan ingen får svar i tid.</translation>
    </message>
    <message>
        <source>With the %1 answering now, calls come in faster than they can be answered: the queue keeps growing and almost nobody is answered in time.</source>
        <translation>Med de %1 som svarar nu kommer samtalen in snabbare än de hinner besvaras: kön växer hela tiden och nästan ingen får svar i tid.</translation>
    </message>
    <message>
        <source>The people answering now keep the promise.</source>
        <translation>De som svarar nu håller löftet.</translation>
    </message>
    <message>
        <source>The promise is out of reach for 1 person at the busiest hour: it needs %1.</source>
        <translation>Löftet går inte att hålla för 1 person under den mest hektiska timmen: det kräver %1.</translation>
    </message>
    <message>
        <source>The promise is out of reach for %2 at the busiest hour: it needs %1.</source>
        <translation>Löftet går inte att hålla för %2 under den mest hektiska timmen: det kräver %1.</translation>
    </message>
    <message>
        <source>That is usual for a business of one to three people: calls come in while you serve a customer or take another call. Promise something you can keep instead:</source>
        <translation>Det är vanligt i ett företag med en till tre personer: samtal kommer in medan du hjälper en kund eller pratar i ett annat samtal. Lova i stället något du kan hålla:</translation>
    </message>
    <message>
        <source>Have more people answer at the busiest hour, or promise something you can keep instead:</source>
        <translation>Låt fler svara under den mest hektiska timmen, eller lova i stället något du kan hålla:</translation>
    </message>
</context>
<context>
    <name>StatementRow</name>
    <message>
        <source>Note (optional): an example, an idea…</source>
        <translation>Anteckning (valfritt): ett exempel, en idé…</translation>
    </message>
    <message>
        <source>Rate the statement first; then a note can go with it</source>
        <translation>Bedöm påståendet först; sedan kan du lägga till en anteckning</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Inte bedömt än</translation>
    </message>
</context>
<context>
    <name>TextAnswer</name>
    <message>
        <source>Use the Example</source>
        <translation>Använd exemplet</translation>
    </message>
</context>
<context>
    <name>TodayStep</name>
    <message>
        <source>&lt;p&gt;Before promising anything, look at today. Say where you want customer service to be, then count how many customers get in touch and who answers them. PolicyDesk counts backwards from your figures: with these hands, this is the answer time you can honestly promise.&lt;/p&gt;&lt;p&gt;Rough figures are fine: count for a typical week, or ask the staff. &lt;i&gt;Example: a bike shop gets about 15 calls and 20 e-mails a day and 40 visitors at the counter; two people share them.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Innan du lovar något, titta på hur det ser ut i dag. Beskriv var du vill att kundservicen ska vara, och räkna sedan hur många kunder som hör av sig och vem som svarar dem. PolicyDesk räknar baklänges från dina siffror: med den personal du har är det här svarstiden du ärligt kan lova.&lt;/p&gt;&lt;p&gt;Ungefärliga siffror räcker: räkna under en vanlig vecka, eller fråga personalen. &lt;i&gt;Exempel: en cykelbutik får ungefär 15 samtal och 20 mejl om dagen och 40 besökare vid disken; två personer delar på dem.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How customer service works when everything runs as you wish.</source>
        <translation>Hur kundservicen fungerar när allt går som du vill.</translation>
    </message>
    <message>
        <source>Every customer who calls during opening hours reaches a person or gets a call back the same day. E-mails are answered within one working day, and a bike left for repair is ready on the day we promised.</source>
        <translation>Varje kund som ringer under öppettid når en person eller blir uppringd samma dag. Mejl besvaras inom en arbetsdag, och en cykel som lämnats in på reparation är klar den dag vi lovade.</translation>
    </message>
    <message>
        <source>Contacts today</source>
        <translation>Kontakter i dag</translation>
    </message>
    <message>
        <source>How many contacts arrive through each channel, per working day or per week. Leave a channel at “—” when you do not use it; 0 means it is open but quiet.</source>
        <translation>Hur många kontakter som kommer in via varje kanal, per arbetsdag eller per vecka. Låt en kanal stå på ”—” om du inte använder den; 0 betyder att den är öppen men att inget kommer in.</translation>
    </message>
    <message>
        <source>Your own resources</source>
        <translation>Dina egna resurser</translation>
    </message>
    <message>
        <source>Count the people who answer customers as full days: two people who each spend half the day on customers make 1.0.</source>
        <translation>Räkna de personer som svarar kunderna i hela dagar: två personer som var och en ägnar halva dagen åt kunder blir 1,0.</translation>
    </message>
    <message>
        <source>Full-time equivalents, e.g. 1.5</source>
        <translation>Heltidstjänster, t.ex. 1,5</translation>
    </message>
    <message>
        <source>Hours a day customers are served</source>
        <translation>Timmar per dag som kunderna betjänas</translation>
    </message>
    <message>
        <source>At a pace one can keep up all day</source>
        <translation>I en takt man orkar hålla hela dagen</translation>
    </message>
    <message>
        <source>Unanswered e-mails, messages, call-backs</source>
        <translation>Obesvarade mejl, meddelanden, utlovade återuppringningar</translation>
    </message>
    <message>
        <source>“—” counts as 5</source>
        <translation>”—” räknas som 5</translation>
    </message>
    <message>
        <source>The technical platform</source>
        <translation>Den tekniska plattformen</translation>
    </message>
    <message>
        <source>The phone, e-mail, web shop, booking or till system you use with customers.</source>
        <translation>Telefon, e-post, webbutik, boknings- eller kassasystem som du använder med kunderna.</translation>
    </message>
    <message>
        <source>One shop phone without voicemail, a shared Gmail inbox, the web shop&apos;s contact form and a paper book for repairs at the counter.</source>
        <translation>En butikstelefon utan röstbrevlåda, en delad Gmail-inkorg, webbutikens kontaktformulär och en pappersbok för reparationer vid disken.</translation>
    </message>
    <message>
        <source>Can you keep the answer times above with these tools, and see whether you do?</source>
        <translation>Klarar du svarstiderna ovan med de här verktygen, och kan du se om du gör det?</translation>
    </message>
    <message>
        <source>What must be bought, set up or learnt, and roughly when.</source>
        <translation>Vad som måste köpas in, ställas in eller läras, och ungefär när.</translation>
    </message>
    <message>
        <source>Voicemail that texts us the caller&apos;s number, so we can call back; a repair list that sends the customer a message when the bike is ready. Both before the spring rush.</source>
        <translation>Röstbrevlåda som sms:ar oss uppringarens nummer så att vi kan ringa tillbaka; en reparationslista som skickar ett meddelande till kunden när cykeln är klar. Båda före vårruschen.</translation>
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
<context>
    <name>VersionDialog</name>
    <message>
        <source>Version %1 of the Policy (%2)</source>
        <translation>Version %1 av policyn (%2)</translation>
    </message>
</context>
<context>
    <name>VisionStep</name>
    <message>
        <source>&lt;p&gt;A vision says where the business is heading, in words short enough to remember. Get there in small steps: picture success a few years from now, ask why it happened and how customers see it, note what you did to get there, and sum it all up. Then build the vision from the words of your summary.&lt;/p&gt;&lt;p&gt;One well-known vision has only four words: &lt;i&gt;Quality, service, cleanliness, value.&lt;/i&gt; Aim for a line that fits on a card at the till, about %1 words at most.&lt;/p&gt;&lt;p&gt;The examples come from a small bike shop. Press &lt;b&gt;Use the Example&lt;/b&gt; to take one over and adapt it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En vision säger vart företaget är på väg, med ord som är korta nog att komma ihåg. Ta dig dit i små steg: föreställ dig framgången om några år, fråga varför den kom och hur kunderna ser på den, anteckna vad du gjorde för att komma dit, och sammanfatta alltihop. Bygg sedan visionen av orden i din sammanfattning.&lt;/p&gt;&lt;p&gt;En välkänd vision har bara fyra ord: &lt;i&gt;Kvalitet, service, renlighet, prisvärdhet.&lt;/i&gt; Sikta på en rad som får plats på ett kort vid kassan, högst ungefär %1 ord.&lt;/p&gt;&lt;p&gt;Exemplen kommer från en liten cykelbutik. Tryck på &lt;b&gt;Använd exemplet&lt;/b&gt; för att ta över ett och anpassa det.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imagine it is three to five years from now and things have gone really well. What do you see?</source>
        <translation>Tänk dig att det är tre till fem år fram i tiden och att det har gått riktigt bra. Vad ser du?</translation>
    </message>
    <message>
        <source>Our workshop is booked a week ahead, families come back for every new bike, and the cycling club sends all its new members to us.</source>
        <translation>Verkstaden är fullbokad en vecka framåt, familjer kommer tillbaka för varje ny cykel, och cykelklubben skickar alla sina nya medlemmar till oss.</translation>
    </message>
    <message>
        <source>Why did it go so well? Write five reasons, one per line.</source>
        <translation>Varför gick det så bra? Skriv fem skäl, ett per rad.</translation>
    </message>
    <message>
        <source>1. We fix most bikes the same day.
2. We explain what was wrong and what it costs, in plain words.
3. We only sell bikes we would ride ourselves.
4. Customers book a repair online at any hour.
5. Everyone in the shop knows the regulars by name.</source>
        <translation>1. Vi lagar de flesta cyklar samma dag.
2. Vi förklarar vad som var fel och vad det kostar, med enkla ord.
3. Vi säljer bara cyklar som vi själva skulle vilja cykla på.
4. Kunderna bokar en reparation på nätet när som helst på dygnet.
5. Alla i butiken känner stamkunderna till namnet.</translation>
    </message>
    <message>
        <source>Now the same five reasons as a happy customer would tell them to a friend.</source>
        <translation>Nu samma fem skäl, så som en nöjd kund skulle berätta dem för en vän.</translation>
    </message>
    <message>
        <source>1. My bike was ready the same evening.
2. They showed me the worn chain and told me the price before they started.
3. They talked me out of an expensive bike I did not need.
4. I booked the service from my phone on a Sunday night.
5. They remembered my name and my daughter&apos;s bike.</source>
        <translation>1. Min cykel var klar samma kväll.
2. De visade mig den slitna kedjan och sa vad det skulle kosta innan de började.
3. De avrådde mig från en dyr cykel som jag inte behövde.
4. Jag bokade servicen från mobilen en söndagskväll.
5. De kom ihåg mitt namn och min dotters cykel.</translation>
    </message>
    <message>
        <source>What did you do, step by step, to get there?</source>
        <translation>Vad gjorde du, steg för steg, för att komma dit?</translation>
    </message>
    <message>
        <source>We took on a second mechanic, opened online booking, agreed how we explain a repair, and started calling customers a week after a repair to ask how the bike runs.</source>
        <translation>Vi anställde en mekaniker till, började med bokning på nätet, kom överens om hur vi förklarar en reparation och började ringa kunderna en vecka efter en reparation för att höra hur cykeln går.</translation>
    </message>
    <message>
        <source>Sum up in a sentence or two why you succeed. Its words become the building blocks of your vision below.</source>
        <translation>Sammanfatta på en mening eller två varför du lyckas. Orden blir byggstenarna i din vision nedan.</translation>
    </message>
    <message>
        <source>We repair bikes quickly, explain honestly what we do and treat every cyclist as a regular.</source>
        <translation>Vi lagar cyklar snabbt, berättar ärligt vad vi gör och behandlar varje cyklist som en stamkund.</translation>
    </message>
    <message>
        <source>The line staff can repeat and customers can feel. Click words above, or write it yourself.</source>
        <translation>Raden som personalen kan upprepa och kunderna kan känna av. Klicka på ord ovan, eller skriv den själv.</translation>
    </message>
    <message>
        <source>Quick repairs, honest advice, cyclists who come back.</source>
        <translation>Snabba reparationer, ärliga råd, cyklister som kommer tillbaka.</translation>
    </message>
    <message>
        <source>Words from your summary</source>
        <translation>Ord från din sammanfattning</translation>
    </message>
    <message>
        <source>Click a word to add it to your vision. Words that look like verbs (what you do) come first and have a coloured border.</source>
        <translation>Klicka på ett ord för att lägga till det i din vision. Ord som ser ut som verb (det du gör) kommer först och har en färgad ram.</translation>
    </message>
    <message>
        <source>Write a summary above and its words show up here.</source>
        <translation>Skriv en sammanfattning ovan så visas orden här.</translation>
    </message>
    <message>
        <source>Probably a verb: add “%1” to the vision</source>
        <translation>Troligen ett verb: lägg till ”%1” i visionen</translation>
    </message>
    <message>
        <source>Add “%1” to the vision</source>
        <translation>Lägg till ”%1” i visionen</translation>
    </message>
    <message>
        <source>%1 more words are left out: a shorter summary helps.</source>
        <translation>%1 ord till visas inte: en kortare sammanfattning hjälper.</translation>
    </message>
    <message>
        <source>Words: %1 (a vision people remember has about %2 at most)</source>
        <translation>Ord: %1 (en vision som folk kommer ihåg har högst ungefär %2)</translation>
    </message>
    <message>
        <source>Your vision has %1 words. That is fine to start with, but a vision staff can say from memory is shorter: try leaving out a word or two. It is saved as it is.</source>
        <translation>Din vision har %1 ord. Det duger som start, men en vision som personalen kan säga utantill är kortare: försök stryka ett ord eller två. Den sparas som den är.</translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Del av dagen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Helgdag</translation>
    </message>
    <message>
        <source>Extra opening</source>
        <translation>Extra öppet</translation>
    </message>
    <message>
        <source>Closed on this weekday</source>
        <translation>Stängt den här veckodagen</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Allmän helgdag</translation>
    </message>
    <message>
        <source>Customary closed day</source>
        <translation>Brukar vara stängt</translation>
    </message>
    <message>
        <source>Your own closed day</source>
        <translation>Din egen stängda dag</translation>
    </message>
    <message>
        <source>Closed part of the day</source>
        <translation>Delvis stängt</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>hela dagen</translation>
    </message>
    <message>
        <source>%1 (next day)</source>
        <translation>%1 (nästa dag)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Öppet %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Stängt %1</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Föregående år</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Nästa år</translation>
    </message>
    <message>
        <source>This Year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Your own date</source>
        <translation>Ditt eget datum</translation>
    </message>
</context>
</TS>
