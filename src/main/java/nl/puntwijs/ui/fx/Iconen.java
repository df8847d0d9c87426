package nl.puntwijs.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import nl.puntwijs.core.signalen.Ernst;
import nl.puntwijs.core.stelsel.Sector;

/** Small graphic elements built in code (scalable, sharp at any DPI): severity icons and sector badges. */
public final class Iconen {

    private Iconen() {
    }

    /** A round badge with a symbol; its colour comes from the stylesheet through the style class. */
    public static Node ernst(Ernst ernst) {
        Label l = new Label(switch (ernst) {
            case BLOKKEREND -> "\u2716";
            case WAARSCHUWING -> "!";
            case INFO -> "i";
        });
        l.getStyleClass().addAll("ernst-icoon", "ernst-" + ernst.code());
        l.setMinSize(18, 18);
        l.setMaxSize(18, 18);
        return l;
    }

    public static Label sector(Sector sector) {
        Label l = new Label();
        l.getStyleClass().add("sector-badge");
        zetSector(l, sector);
        return l;
    }

    /** Shows another sector on a badge made by {@link #sector} (cells that are reused while a list scrolls). */
    public static void zetSector(Label badge, Sector sector) {
        String stijl = sector == null ? "sector-onbekend" : "sector-" + sector.code();
        badge.setText(sector == null ? "?" : sector.code());
        if (!badge.getStyleClass().contains(stijl)) {
            badge.getStyleClass().removeIf(c -> c.startsWith("sector-") && !c.equals("sector-badge"));
            badge.getStyleClass().add(stijl);
        }
    }

    /** The application icon in every size the assets hold. */
    public static Image[] toepassing() {
        int[] maten = {16, 32, 48, 64, 128, 256};
        Image[] uit = new Image[maten.length];
        for (int i = 0; i < maten.length; i++) {
            var url = Iconen.class.getResource("/assets/puntwijs-" + maten[i] + ".png");
            uit[i] = url == null ? null : new Image(url.toExternalForm());
        }
        return java.util.Arrays.stream(uit).filter(java.util.Objects::nonNull).toArray(Image[]::new);
    }
}
