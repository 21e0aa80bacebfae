package vn.tonghop.store;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * PostgreSQL's driver sends a JDBC batch of inserts as one multi-row INSERT only when asked
 * ({@code reWriteBatchedInserts}); otherwise every fact of a chunk is a statement of its own on the
 * wire. Asked here for a PostgreSQL database, before the pool opens its first connection, so an
 * office's {@code job.yml} need not know; H2 (in process) has no such setting and refuses unknown ones.
 */
@Component
class PostgresBatchedInserts implements BeanPostProcessor {

    static final String PROPERTY = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
                && !pool.getDataSourceProperties().containsKey(PROPERTY)) {
            pool.addDataSourceProperty(PROPERTY, "true");
        }
        return bean;
    }
}
