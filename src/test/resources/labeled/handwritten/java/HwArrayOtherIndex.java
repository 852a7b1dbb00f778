// sast: safe cwe=78
import javax.servlet.http.*;

/** Known limit: array elements are not told apart, so the constant element is taken as tainted. */
public class HwArrayOtherIndex extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String[] parts = { request.getParameter("x"), "uptime" };
        Runtime.getRuntime().exec(parts[1]);
    }
}
