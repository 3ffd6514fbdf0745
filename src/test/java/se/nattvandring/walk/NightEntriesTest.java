package se.nattvandring.walk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which notes the server flags for review because they look as if they name or reach a person. */
class NightEntriesTest {

	@ParameterizedTest
	@ValueSource(strings = { "Ring 070-123 45 67 om det blir stökigt", "Mamman nås på +46701234567",
			"Anna Svensson och Erik Berg bråkade", "Kalle, Olle, Lisa och några till", "tel 08-555 123 45" })
	void notesThatLookLikeNamesOrNumbersAreFlagged(String note) {
		assertThat(NightEntries.looksPersonal(note)).as(note).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Lugn kväll vid Älvsjö station", "Ett tiotal unga vid Solberga centrum, god stämning",
			"Glaskross på skolgården, 3 flaskor", "Vi pratade med Fältassistenterna", "" })
	void ordinaryNotesAreNot(String note) {
		assertThat(NightEntries.looksPersonal(note)).as(note).isFalse();
	}
}
