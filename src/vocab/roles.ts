/**
 * What a person in a story is: "a technician at a shipyard", "a former
 * employee of a classified unit", "Its protagonist, Xu Ming,".
 */

/** Nouns that say what a person is; an apposition with one of these introduces a person. */
export const ROLE_NOUN =
  '(?:employee|worker|technician|lecturer|instructor|teacher|tutor|librarian|accountant|nurse|miner|geologist|surveyor|photographer|blogger|influencer|vlogger|fisherman|fishermen|crew|captain|seaman|engineer|researcher|scientist|scholar|professor|student|soldier|officer|official|manager|executive|expert|analyst|director|teacher|businessman|businesswoman|resident|owner|individual|man|woman|person|national|citizen|contractor|staff(?:er)?|spokes(?:person|man|woman)|journalist|reporter|lawyer|doctor|driver|farmer|trader|merchant|salesman|agent|spy|diplomat|veteran|graduate|entrepreneur|consultant|clerk|secretary|guard|operator|pilot|sailor|head|chief|leader|member|designer|programmer|developer|specialist|civil servant|servicem[ae]n|cadre|intern|volunteer|fellow|academic|user|netizen|enthusiast|foreigner|dealer|broker|smuggler|courier|tourist|traveller|traveler|passenger|rider|vendor|seller|buyer|shopkeeper|cook|chef|cleaner|mechanic|electrician|welder|labou?rer|porter|guide|translator|interpreter|editor|writer|artist|coach|sergeant|corporal|colonel|lieutenant|commander|aide|advis[eo]r|assistant)s?';
