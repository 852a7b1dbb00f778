// sast: safe cwe=78
import javax.servlet.http.*;

public class HwRegexGuard extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String host = request.getParameter("host");
        if (!host.matches("[a-z0-9.-]+")) {
            throw new IllegalArgumentException("bad host");
        }
        Runtime.getRuntime().exec(new String[] { "ping", "-c", "1", host });
    }
}
