/**
 * Words that carry no fact: function words, plus the reporting verbs and connectives every news
 * sentence uses ("said", "reported", "according", "meanwhile"). Keeping the latter would make any
 * two attributed sentences look alike.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not now of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there these
they this those through to too under until up very was we were what when where which while who
whom why will with would you your yours yourself yourselves s t don shall may might must upon
amid among within without via per whose whether though although yet ago
said says say saying told tell tells report reported reports reporting reportedly according
also however meanwhile additionally earlier later soon first since around including include
includes across al el bin ibn like one ones another many much several new
least less mr mrs ms dr`.split(/\s+/),
);
