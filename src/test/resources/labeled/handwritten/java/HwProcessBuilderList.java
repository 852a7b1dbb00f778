// sast: vulnerable cwe=78
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.*;

public class HwProcessBuilderList extends HttpServlet {
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("sh");
        command.add("-c");
        command.add("convert " + request.getParameter("file") + " out.png");
        new ProcessBuilder(command).start().waitFor();
    }
}
