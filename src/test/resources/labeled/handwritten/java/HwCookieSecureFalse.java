// sast: vulnerable cwe=614
import javax.servlet.http.*;

public class HwCookieSecureFalse extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        Cookie remember = new Cookie("remember", "1");
        remember.setSecure(false);
        remember.setHttpOnly(true);
        response.addCookie(remember);
    }
}
