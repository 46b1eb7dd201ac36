package io.touchpoint.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * A view of a connection whose {@code close()} does nothing, for the connection the store lends
 * to other modules: it belongs to the store, which closes it, however callers treat it.
 */
final class UnclosableConnection implements InvocationHandler {

    private final Connection delegate;

    private UnclosableConnection(Connection delegate) {
        this.delegate = delegate;
    }

    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(UnclosableConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new UnclosableConnection(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "close" -> {
                return null;
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "toString" -> {
                return "store connection " + delegate;
            }
            default -> {
                try {
                    return method.invoke(delegate, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
    }
}
