package se.nattvandring.demo;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.nattvandring.place.KnowledgeSource;
import se.nattvandring.place.PlaceDraft;
import se.nattvandring.place.PlaceKind;
import se.nattvandring.place.PlaceReason;

/**
 * Public places in Älvsjö/Solberga where walkers can make a difference. Positions are approximate, as a field
 * assistant would drop them on a map; the notes name no person.
 */
final class DemoPlaces {

	private DemoPlaces() {
	}

	static final List<PlaceDraft> FIRST_PLAN = List.of(
			place("Älvsjö station", "59.27930", "18.01050", PlaceKind.STATION, 1, "Pendeltåg och bussar; många byten sent på kvällen.",
					Set.of(PlaceReason.YOUTH_GATHERING, PlaceReason.DRUG_SCENE), Set.of(KnowledgeSource.POLICE, KnowledgeSource.FIELD_ASSISTANTS), "21:00", "01:00"),
			place("Gångbron vid Älvsjö station", "59.27965", "18.00920", PlaceKind.PASSAGE, 1, "Mörk och öde efter tio.",
					Set.of(PlaceReason.POOR_LIGHTING, PlaceReason.UNSAFE_PASSAGE), Set.of(KnowledgeSource.RESIDENTS), null, null),
			place("Älvsjö centrum", "59.27860", "18.01330", PlaceKind.CENTRE, 1, "Torget och entréerna vid stängning.",
					Set.of(PlaceReason.YOUTH_GATHERING, PlaceReason.VANDALISM), Set.of(KnowledgeSource.ASSOCIATION), "20:00", "23:00"),
			place("Solberga centrum", "59.28470", "17.99350", PlaceKind.CENTRE, 1, "Samlingsplats vid torget.",
					Set.of(PlaceReason.YOUTH_GATHERING, PlaceReason.DRUG_SCENE), Set.of(KnowledgeSource.FIELD_ASSISTANTS, KnowledgeSource.POLICE), "20:00", "00:00"),
			place("Solbergaskolans skolgård", "59.28610", "17.99610", PlaceKind.SCHOOL_YARD, 2, "Unga samlas på helgkvällar.",
					Set.of(PlaceReason.YOUTH_GATHERING, PlaceReason.VANDALISM), Set.of(KnowledgeSource.FIELD_ASSISTANTS), null, null),
			place("Älvsjöskolans skolgård", "59.27720", "18.01960", PlaceKind.SCHOOL_YARD, 2, "Skadegörelse på helger.",
					Set.of(PlaceReason.VANDALISM), Set.of(KnowledgeSource.ASSOCIATION), null, null),
			place("Passagen vid mässområdet", "59.27590", "18.00700", PlaceKind.PASSAGE, 1, "Lång gångväg längs mässområdet.",
					Set.of(PlaceReason.UNSAFE_PASSAGE, PlaceReason.POOR_LIGHTING), Set.of(KnowledgeSource.RESIDENTS, KnowledgeSource.POLICE), null, null),
			place("Älvsjöskogen, entrén vid bollplanen", "59.27280", "18.02950", PlaceKind.PARK, 3, "Grillplatser och stigar.",
					Set.of(PlaceReason.YOUTH_GATHERING), Set.of(KnowledgeSource.FIELD_ASSISTANTS), null, null),
			place("Parken vid Älvsjö gård", "59.28250", "18.01850", PlaceKind.PARK, 2, "Lekplatsen och parkbänkarna.",
					Set.of(PlaceReason.RESIDENT_CONCERNS), Set.of(KnowledgeSource.RESIDENTS), null, null),
			place("Älvsjö idrottsplats", "59.27420", "18.02520", PlaceKind.SPORTS_GROUND, 2, "Konstgräsplanen efter träningarna.",
					Set.of(PlaceReason.YOUTH_GATHERING), Set.of(KnowledgeSource.ASSOCIATION), "21:00", "23:00"),
			place("Bollplanen i Solberga", "59.28760", "17.99870", PlaceKind.SPORTS_GROUND, 2, "Belysningen släcks tidigt.",
					Set.of(PlaceReason.POOR_LIGHTING, PlaceReason.YOUTH_GATHERING), Set.of(KnowledgeSource.ASSOCIATION), null, null),
			place("Busshållplatserna vid Solberga torg", "59.28520", "17.99700", PlaceKind.OTHER, 3, "Väntande resenärer sent.",
					Set.of(PlaceReason.RESIDENT_CONCERNS), Set.of(KnowledgeSource.RESIDENTS), null, null));

	/** Added for the newer plan version, which still waits for one party. */
	static final List<PlaceDraft> SECOND_PLAN_ADDS = List.of(
			place("Gångtunneln under Götalandsvägen", "59.28080", "18.00480", PlaceKind.PASSAGE, 1, "Nedklottrad och mörk.",
					Set.of(PlaceReason.UNSAFE_PASSAGE, PlaceReason.VANDALISM), Set.of(KnowledgeSource.FIELD_ASSISTANTS), null, null),
			place("Lekplatsen i Solbergaparken", "59.28680", "17.99150", PlaceKind.PARK, 2, "Samlingsplats efter mörkrets inbrott.",
					Set.of(PlaceReason.YOUTH_GATHERING), Set.of(KnowledgeSource.ASSOCIATION, KnowledgeSource.RESIDENTS), null, null));

	private static PlaceDraft place(String name, String latitude, String longitude, PlaceKind kind, int priority,
			String note, Set<PlaceReason> reasons, Set<KnowledgeSource> sources, @Nullable String from,
			@Nullable String to) {
		return new PlaceDraft(name, new BigDecimal(latitude), new BigDecimal(longitude), kind, reasons, note, sources,
				priority, from == null ? null : LocalTime.parse(from), to == null ? null : LocalTime.parse(to), true);
	}
}
