package org.anjian.web.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Lets pages read record components as properties ({@code #{row.username}}): the boundaries hand
 * out records, and Jakarta EL 5 (EE 10) only knows JavaBean getters. Read-only, as records are.
 */
public class RecordElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    RecordComponent component = component(base, property);
    if (component == null) {
      return null;
    }
    try {
      Object value = component.getAccessor().invoke(base);
      context.setPropertyResolved(base, property);
      return value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException(e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    RecordComponent component = component(base, property);
    if (component == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null; // read-only: no type can be written
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property) != null) {
      throw new PropertyNotWritableException(String.valueOf(property));
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property) == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }

  private static RecordComponent component(Object base, Object property) {
    if (!(base instanceof Record) || !(property instanceof String name)) {
      return null;
    }
    for (RecordComponent component : base.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        return component;
      }
    }
    return null;
  }
}
