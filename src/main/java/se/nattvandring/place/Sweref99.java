package se.nattvandring.place;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * WGS84 to SWEREF 99 18 00 (EPSG:3011), the projection Stockholm stad's GIS uses, so a field assistant can find a
 * place in the city's own maps. Positions are stored in WGS84; this is only for showing them.
 */
public final class Sweref99 {

	/** A position in SWEREF 99 18 00, in metres. */
	public record Point(double northing, double easting) {

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT, "N %.0f, E %.0f", northing, easting);
		}
	}

	/** The EPSG definition of SWEREF 99 18 00, written out so that no EPSG database has to ship. */
	static final String EPSG_3011 = "+proj=tmerc +lat_0=0 +lon_0=18 +k=1 +x_0=150000 +y_0=0 +ellps=GRS80 "
			+ "+towgs84=0,0,0,0,0,0,0 +units=m +no_defs";

	private static final CoordinateTransform TO_SWEREF = new CoordinateTransformFactory().createTransform(
			new CRSFactory().createFromParameters("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs"),
			new CRSFactory().createFromParameters("EPSG:3011", EPSG_3011));

	private Sweref99() {
	}

	public static Point fromWgs84(double latitude, double longitude) {
		ProjCoordinate result = new ProjCoordinate();
		synchronized (TO_SWEREF) {
			TO_SWEREF.transform(new ProjCoordinate(longitude, latitude), result);
		}
		return new Point(result.y, result.x);
	}
}
