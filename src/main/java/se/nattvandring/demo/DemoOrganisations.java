package se.nattvandring.demo;

import java.util.List;

import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.OrganisationKind;

/**
 * The seed decision's parties. Organisation and bankgiro numbers are made up for the demo but pass the Luhn check, as
 * real ones must.
 */
final class DemoOrganisations {

	static final String DISTRICT = "Hägersten-Älvsjö stadsdelsförvaltning";

	static final String AIK = "Älvsjö AIK";

	/** The bankgiro Södra Folkparken asks to be paid to instead, waiting for the district's confirmation. */
	static final String FOLKPARKEN_NEW_BANKGIRO = "5402-1977";

	static final String FOLKPARKEN = "Södra Folkparken";

	static final String FOUNDATION = "Stiftelsen Nattvandring.nu";

	static final List<Organisation> ALL = List.of(
			new Organisation(null, DISTRICT, OrganisationKind.DISTRICT_ADMINISTRATION, "212000-0142", null),
			new Organisation(null, AIK, OrganisationKind.ASSOCIATION, "802014-8378", "575-1045", null, false, null,
					"Älvsjö Idrottsplats, Götalandsvägen 230", "125 44", "Älvsjö"),
			new Organisation(null, FOLKPARKEN, OrganisationKind.ASSOCIATION, "802410-2645", "5402-1860", null, false,
					"0007:8024102645", "Solberga torg 3", "125 73", "Älvsjö"),
			new Organisation(null, FOUNDATION, OrganisationKind.FOUNDATION, "802468-3057", "5033-9126"));

	private DemoOrganisations() {
	}
}
