package se.nattvandring.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Sweref99Test {

	@Test
	void sergelsTorgIsWhereStockholmsGisSaysItIs() {
		var point = Sweref99.fromWgs84(59.3326, 18.0649);

		assertThat(point.northing()).isCloseTo(6579721.86, within(1.0));
		assertThat(point.easting()).isCloseTo(153694.11, within(1.0));
	}

	@Test
	void theCentralMeridianMapsToTheFalseEasting() {
		var point = Sweref99.fromWgs84(59.28, 18.0);

		assertThat(point.easting()).isCloseTo(150000.0, within(0.01));
		assertThat(point.toString()).startsWith("N 657");
	}
}
