package vn.tonghop.delivery;

import java.nio.file.Path;
import java.util.List;

/** A message ready to send: subject, plain-text body and the files to attach. */
public record ComposedMail(String subject, String body, List<Path> attachments) {

    public ComposedMail {
        attachments = List.copyOf(attachments);
    }
}
