import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the Puntwijs application icon (the same shapes as puntwijs.svg, the master) as PNG in the sizes the desktop
 * application uses: {@code java assets/MaakIconen.java assets}. Issue 8 generates .ico and .icns from the master.
 */
public class MaakIconen {
    public static void main(String[] args) throws Exception {
        File map = new File(args.length > 0 ? args[0] : ".");
        for (int maat : new int[] {16, 32, 48, 64, 128, 256, 512, 1024}) {
            BufferedImage b = new BufferedImage(maat, maat, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = b.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(maat / 256.0, maat / 256.0);
            // tile
            g.setPaint(new GradientPaint(0, 0, new Color(0x0f, 0x76, 0x6e), 0, 256, new Color(0x0b, 0x4f, 0x6c)));
            g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
            // house
            Path2D huis = new Path2D.Double();
            huis.moveTo(128, 44);
            huis.lineTo(212, 112);
            huis.lineTo(196, 112);
            huis.lineTo(196, 206);
            huis.lineTo(60, 206);
            huis.lineTo(60, 112);
            huis.lineTo(44, 112);
            huis.closePath();
            g.setColor(Color.WHITE);
            g.fill(huis);
            // three points on a rising line: the score
            g.setColor(new Color(0xf5, 0x9e, 0x0b));
            g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawLine(88, 180, 128, 150);
            g.drawLine(128, 150, 168, 126);
            for (double[] p : new double[][] {{88, 180}, {128, 150}, {168, 126}}) {
                g.fill(new Ellipse2D.Double(p[0] - 14, p[1] - 14, 28, 28));
            }
            g.dispose();
            ImageIO.write(b, "png", new File(map, "puntwijs-" + maat + ".png"));
        }
    }
}
