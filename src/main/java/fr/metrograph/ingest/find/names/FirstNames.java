package fr.metrograph.ingest.find.names;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import fr.metrograph.graph.Slugs;

/**
 * A gazetteer of common first names in France (folded, lower case). Used to accept
 * Title-case "Prénom Nom" in prose, where nothing else (honorific, capitals, list
 * context) says it is a person. Names outside the list are still found when written
 * "Prénom NOM", with an honorific, or in an attendance list or table.
 */
public final class FirstNames {

	private static final Set<String> NAMES = new HashSet<>(Arrays.asList(("adele adrien agathe agnes alain alexandra "
			+ "alexandre alexis alice aline amandine amelie anais andre andrea anne annie antoine arnaud arthur astrid aurelie "
			+ "aurelien axel barbara bastien beatrice benedicte benjamin benoit bernard bertrand brigitte bruno camille "
			+ "carine carole caroline catherine cecile celine chantal charles charlotte chloe christelle christian "
			+ "christine christophe claire clara claude clement clemence colette corinne cyril cyrille damien daniel "
			+ "danielle david delphine denis didier dominique eric edouard elisabeth elise eloise elodie emilie emma "
			+ "emmanuel emmanuelle estelle etienne eugenie eva fabien fabienne fabrice fanny fatima florence florian "
			+ "france francis francois francoise frederic frederique gael gaelle gerard geraldine gilles guillaume "
			+ "helene herve hugo hugues ines irene isabelle jacques jean jeanne jerome joelle johanna jonathan jordan "
			+ "joseph josiane julie julien juliette justine karim karine kevin laetitia laura laure laurence laurent lea "
			+ "leila leo lina lisa louis louise luc lucas lucie lucile ludovic lydie magali manon marc marcel marguerite "
			+ "marianne marie marine marion martin martine mathias mathieu mathilde matthieu maxime mehdi melanie "
			+ "michel michele mickael mireille monique morgane muriel myriam nadia nadine nathalie nicolas nicole noemie "
			+ "olivier pascal pascale patrice patricia patrick paul pauline philippe pierre quentin rachel raphael "
			+ "raphaelle regine remi renaud rene richard robert romain romane rose sabine sabrina samia samuel sandra "
			+ "sandrine sarah sebastien serge severine simon simone solene sonia sophie stephane stephanie sylvain "
			+ "sylvie thierry thomas timothee tristan valentin valerie vanessa veronique victor victoria vincent virginie "
			+ "xavier yann yannick yohan yves yvonne zoe maroua laurene nora amel yasmine salima karima ahmed mohamed "
			+ "malik nabil rachid samir sofiane youssef anthony cedric gregory jeremy loic maelle marius nina oceane "
			+ "perrine agnes benoite gaspard gaetan hadrien ophelie segolene armelle annabelle apolline baptiste")
		.split(" ")));

	private FirstNames() {
	}

	/**
	 * @param word a word (a hyphenated compound is known when one of its parts is)
	 * @return whether it is a known first name
	 */
	public static boolean isKnown(String word) {
		String f = Slugs.fold(word);
		if (NAMES.contains(f)) {
			return true;
		}
		// a compound is known when one of its parts is: "Jean-Baptiste", "Lou-Anne"
		for (String part : f.split("-")) {
			if (NAMES.contains(part)) {
				return true;
			}
		}
		return false;
	}

}
